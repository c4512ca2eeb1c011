import type { Interview } from "../domain/interview.js";
import { readInstant } from "../domain/offset-date-time.js";
import type { Step } from "../domain/step.js";
import { isKnownZone } from "../domain/wall-clock.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import { localTimeWords } from "./date-words.js";
import { capSubject, singleLineText } from "./header-safe.js";
import { stepKindLabel } from "./step-kind-label.js";
import { greetingOf } from "./template-placeholders.js";
import { textToHtml } from "./text-to-html.js";

/**
 * Tells the candidate that an email to a contact may or may not have left (a sender stopped mid-send) and
 * will not be re-sent: they were in Cc, so their own inbox says which. Marked automatic (RFC 3834) like
 * every message of ours to the candidate.
 */
export function composeUnknownDeliveryNotice(interview: Interview, step: Step): OutgoingEmail {
  const who = singleLineText(step.to.name) || step.to.email;
  const what = stepKindLabel(step.kind);
  const when = startedWords(step);
  const text = [
    `Hi ${greetingOf(interview.candidate)},`,
    `Your ${what} to ${who} <${step.to.email}> about the ${interview.role} role at ${interview.company} was being sent on ${when} (${step.timezone}) when sending was interrupted, so we cannot tell whether it went out.`,
    `You were in Cc of it: if it is in your inbox (or your sent mail), it went out and there is nothing to do. If it is not there, send it yourself if you still want to.`,
    `It will not be re-sent automatically: a second copy to ${who} would do more harm than a missing one. The rest of your follow-ups stay as planned.`,
  ].join("\n\n");
  return {
    fromName: "Followups",
    to: [{ name: singleLineText(interview.candidate.name), email: interview.candidate.email }],
    cc: [],
    replyTo: [],
    subject: capSubject(`Please check: your ${what} to ${who} may not have been sent`),
    text: `${text}\n`,
    html: textToHtml(text),
    headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
    tags: { kind: "unknown_delivery_notice" },
  };
}

/** "Tuesday 1 December at 09:30": when the interrupted send started, in the step's zone. */
function startedWords(step: Step): string {
  const at = isKnownZone(step.timezone)
    ? readInstant(step.claimedAt ?? step.sendAt, step.timezone)
    : undefined;
  if (!at) return step.sendAt;
  const w = localTimeWords(at, step.timezone);
  return `${w.weekday} ${w.day} ${w.month} at ${w.time}`;
}
