import type { Interview } from "../domain/interview.js";
import type { InboundAddress } from "../inbound/inbound-email.js";
import type { OutgoingEmail } from "../ports/mailer.js";

/**
 * A trusted contact's reply, for the candidate's own inbox, with a Reply-To that answers the contact
 * directly (only ever for a verified sender: see composeUnverifiedForward for the others).
 */
export function composeReplyForward(input: {
  interview: Pick<Interview, "candidate" | "company" | "role">;
  from: InboundAddress | undefined;
  subject: string;
  text: string;
  decisionDate?: string | undefined;
}): OutgoingEmail {
  const { interview, from, decisionDate } = input;
  const who = from?.name ? `${from.name} <${from.address}>` : (from?.address ?? "someone");
  const lines = [
    `${who} replied about your ${interview.role} application at ${interview.company}. Your follow-ups for it have stopped.`,
    ...(decisionDate ? [`They mention a decision by ${decisionDate}.`] : []),
    "",
    "----- Their message -----",
    input.text.trim(),
  ];
  const text = `${lines.join("\n")}\n`;
  const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return {
    fromName: "Followups",
    to: [{ name: interview.candidate.name, email: interview.candidate.email }],
    cc: [],
    replyTo: from?.address ? [from.address] : [],
    subject: `Reply from ${from?.name || from?.address || "a contact"}: ${input.subject}`
      .replace(/[\r\n\t]+/g, " ")
      .slice(0, 200),
    text,
    html: `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
    headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
  };
}
