import type { Interview } from "../domain/interview.js";
import type { ReadDate } from "../inbound/extract-dates.js";
import type { InboundAddress } from "../inbound/inbound-email.js";
import type { UnusableDateReason } from "../inbound/judge-read-date.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import { forwardedText, MAX_FORWARDED_NAME_CHARS } from "./forwarded-text.js";
import { capSubject, singleLineText } from "./header-safe.js";
import { sesReplyAddress } from "./ses-reply-address.js";
import { textToHtml } from "./text-to-html.js";

/** What a reply said about a decision date, and what became of it. */
export type DecisionDateNote =
  /** Read but not used: already past, or more than `maxAheadDays` ahead. */
  | { read: ReadDate; unusable: UnusableDateReason; maxAheadDays: number }
  /** Used: the one check-in planned after it (none when the chain had already ended). */
  | { read: ReadDate; checkIn?: { sendAt: string; to: string; manageUrl?: string | undefined } };

/** The lines that tell the candidate what the reply's date changed (or why it changed nothing). */
function decisionLines(note: DecisionDateNote | undefined): string[] {
  if (!note) return ["Your follow-ups for it have stopped."];
  const said = `They mention a decision by "${note.read.phrase}", read as ${note.read.date}`;
  if ("unusable" in note) {
    const why =
      note.unusable === "past"
        ? "a date already past"
        : `more than ${note.maxAheadDays} days ahead, too far to plan for`;
    return [`${said}: ${why}, so no check-in is planned. Your follow-ups for it have stopped.`];
  }
  if (!note.checkIn) return [`${said}. Your follow-ups for it have stopped.`];
  const day = note.checkIn.sendAt.slice(0, 10);
  return [
    `${said}. Your other follow-ups have stopped; one check-in is planned instead: on ${day} (${note.checkIn.sendAt}) to ${note.checkIn.to}, if you have not heard back by then.`,
    ...(note.checkIn.manageUrl ? [`To cancel or snooze it: ${note.checkIn.manageUrl}`] : []),
  ];
}

/**
 * A trusted contact's reply, for the candidate's own inbox, with a Reply-To that answers the contact
 * directly (only ever for a verified sender: see composeUnverifiedForward for the others).
 */
export function composeReplyForward(input: {
  interview: Pick<Interview, "candidate" | "company" | "role">;
  from: InboundAddress | undefined;
  subject: string;
  text: string;
  /** The reply's Message-ID, to find the whole message by when its text had to be cut. */
  messageId?: string | undefined;
  decision?: DecisionDateNote | undefined;
}): OutgoingEmail {
  const { interview, from } = input;
  // The name and subject come from the contact's message: one line each, bounded, whatever they carried.
  const name = capSubject(from?.name ?? "", MAX_FORWARDED_NAME_CHARS);
  // An address may be as long as a header block (256 KB): shown bounded, used only when SES can take it.
  const address = from?.address ? capSubject(from.address, MAX_FORWARDED_NAME_CHARS) : "";
  const who = name && address ? `${name} <${address}>` : address || "someone";
  const replyTo = from?.address ? sesReplyAddress(from.address) : undefined;
  const lines = [
    `${who} replied about your ${interview.role} application at ${interview.company}.`,
    // SES cannot send with an address it cannot write in ASCII: the forward goes without that Reply-To
    // rather than not at all, and says where to write instead.
    ...(from?.address && !replyTo
      ? [`Replying to this email does not reach them: write to ${address} from your own mail.`]
      : []),
    ...decisionLines(input.decision),
    "",
    "----- Their message -----",
    forwardedText(input.text, input.messageId),
  ];
  const text = `${lines.join("\n")}\n`;
  return {
    fromName: "Followups",
    to: [{ name: singleLineText(interview.candidate.name), email: interview.candidate.email }],
    cc: [],
    replyTo: replyTo ? [replyTo] : [],
    subject: capSubject(`Reply from ${name || address || "a contact"}: ${singleLineText(input.subject)}`),
    text,
    html: textToHtml(text),
    headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
    tags: { kind: "reply_forward" },
  };
}
