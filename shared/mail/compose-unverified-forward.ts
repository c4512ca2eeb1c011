import type { Interview } from "../domain/interview.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import { capSubject, singleLineText } from "./header-safe.js";
import { textToHtml } from "./text-to-html.js";

/** The subject prefix that marks a forward the candidate must not take at face value. */
export const UNVERIFIED_SUBJECT_PREFIX = "[Unverified sender]";

/** Bounded so a huge message cannot make a huge forward (the whole message stays in the raw mail store). */
const MAX_BODY_CHARS = 20_000;

/**
 * A message we could not trust (a stranger, or a sender whose SPF/DKIM/DMARC failed), shown to the
 * candidate for what it is: marked in the subject, the first line says who sent it and why it was not
 * trusted, and there is NO Reply-To to the unauthenticated sender (the address is in the text, to be
 * checked before answering). It changed nothing; if it is genuine, `manageUrl` (a signed link with a Stop
 * button) stops the chain, or the text says how to when there is no link.
 */
export function composeUnverifiedForward(input: {
  interview: Pick<Interview, "id" | "candidate" | "company" | "role">;
  from: { address: string; name: string } | undefined;
  subject: string;
  text: string;
  reason: string;
  manageUrl?: string | undefined;
}): OutgoingEmail {
  const { interview } = input;
  const name = singleLineText(input.from?.name ?? "");
  const address = input.from?.address || "an unknown address";
  const who = name ? `"${name}" <${address}>` : address;
  const stop = input.manageUrl
    ? `If it is genuine and you want your follow-ups to stop, open ${input.manageUrl} and press Stop.`
    : `If it is genuine and you want your follow-ups to stop, stop the chain yourself (POST /interviews/${interview.id}/stop with reason "cancelled", or the app you use).`;
  const body = input.text.trim();
  const text = [
    `UNVERIFIED SENDER: this message came from ${who}, which we could not verify: ${input.reason}. It changed nothing: your follow-ups for the ${interview.role} role at ${interview.company} go on.`,
    `Check the address before you answer or act on it; replying to this email does not reach the sender.`,
    stop,
    "----- The message -----",
    body.length > MAX_BODY_CHARS ? `${body.slice(0, MAX_BODY_CHARS)}\n[...]` : body,
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
