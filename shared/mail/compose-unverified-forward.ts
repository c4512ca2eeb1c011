import type { Interview } from "../domain/interview.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import { forwardedText, MAX_FORWARDED_NAME_CHARS } from "./forwarded-text.js";
import { capSubject, singleLineText } from "./header-safe.js";
import { textToHtml } from "./text-to-html.js";

/** The subject prefix that marks a forward the candidate must not take at face value. */
export const UNVERIFIED_SUBJECT_PREFIX = "[Unverified sender]";

/**
 * A message we could not trust (a stranger, or a sender whose SPF/DKIM/DMARC failed), shown to the
 * candidate for what it is: marked in the subject, the first line says who sent it and why it was not
 * trusted, and there is NO Reply-To to the unauthenticated sender (the address is in the text, to be
 * checked before answering). It changed nothing. While the chain still has steps to send (`goesOn`), the
 * text says so and how to stop them: `manageUrl` (a signed link with a Stop button), or the API when there
 * is no link. When nothing more will be sent it says that, and offers no Stop (there is nothing to stop).
 */
export function composeUnverifiedForward(input: {
  interview: Pick<Interview, "id" | "candidate" | "company" | "role">;
  from: { address: string; name: string } | undefined;
  subject: string;
  text: string;
  /** The message's Message-ID, to find the whole message by when its text had to be cut. */
  messageId?: string | undefined;
  reason: string;
  /** Whether the chain still has steps to send (hasStepsToSend). */
  goesOn: boolean;
  manageUrl?: string | undefined;
}): OutgoingEmail {
  const { interview } = input;
  const name = capSubject(input.from?.name ?? "", MAX_FORWARDED_NAME_CHARS);
  const address = capSubject(input.from?.address ?? "", MAX_FORWARDED_NAME_CHARS) || "an unknown address";
  const who = name ? `"${name}" <${address}>` : address;
  const about = `the ${interview.role} role at ${interview.company}`;
  const state = input.goesOn
    ? `It changed nothing: your follow-ups for ${about} go on.`
    : `It changed nothing. No more follow-ups will be sent for ${about}: there is nothing to stop.`;
  const stop = !input.goesOn
    ? []
    : input.manageUrl
      ? [`If it is genuine and you want your follow-ups to stop, open ${input.manageUrl} and press Stop.`]
      : [
          `If it is genuine and you want your follow-ups to stop, stop the chain yourself (POST /interviews/${interview.id}/stop with reason "cancelled", or the app you use).`,
        ];
  const text = [
    `UNVERIFIED SENDER: this message came from ${who}, which we could not verify: ${input.reason}. ${state}`,
    `Check the address before you answer or act on it; replying to this email does not reach the sender.`,
    ...stop,
    "----- The message -----",
    forwardedText(input.text, input.messageId),
  ].join("\n\n");
  return {
    fromName: "Followups",
    to: [{ name: singleLineText(interview.candidate.name), email: interview.candidate.email }],
    cc: [],
    replyTo: [],
    subject: capSubject(`${UNVERIFIED_SUBJECT_PREFIX} ${address}: ${singleLineText(input.subject)}`),
    text: `${text}\n`,
    html: textToHtml(text),
    headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
    tags: { kind: "unverified_forward" },
  };
}
