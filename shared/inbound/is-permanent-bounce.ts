import { bounceSubjectWords } from "./bounce-subject-words.js";
import { BOUNCE_SUBJECT, DELAY_WORDING } from "./bounce-wording.js";
import type { BouncedRecipient } from "./extract-bounced-recipients.js";
import type { ParsedInboundEmail } from "./inbound-email.js";
import { aboveReturnedOriginal } from "./returned-original-start.js";

const PERMANENT_WORDING =
  /\b(this is a permanent error|permanent(ly)? (error|failure|fatal)|failed permanently|permanent fatal errors|gave up|giving up|retry timeout exceeded)\b/i;

/**
 * The words of a bounce's subject that are the server's: its label when it has one ("Undeliverable" of
 * "Undeliverable: Thank you for the Early Warning Systems Engineer interview", whose rest is the subject it
 * returns), else the sender's own words ("Warning: message 1Gdrvl-0006Gp-PU delayed 48 hours").
 */
function serverSubjectWords(subject: string): string {
  const own = bounceSubjectWords(subject);
  const label = /^([^:：]{1,80})[:：]/.exec(own)?.[1];
  return label !== undefined && BOUNCE_SUBJECT.test(label) ? label : own;
}

/**
 * False when a bounce only reports a delay (the server is still trying), which is no reason to give up on an
 * address. RFC 3464 fields decide when the report has them; otherwise the wording of the notice does, and a
 * notice that says it is still trying is a delay whatever status code it quotes.
 */
export function isPermanentBounce(email: ParsedInboundEmail, recipients: BouncedRecipient[]): boolean {
  const reported = recipients.filter((r) => r.action !== undefined);
  if (reported.length > 0)
    return reported.some(
      (r) => r.action === "failed" || (r.action !== "delayed" && (r.status?.startsWith("5") ?? false)),
    );
  const head = email.text.slice(0, 2048);
  if (PERMANENT_WORDING.test(head)) return true;
  // The notice's own words: "Sorry for the delay" in the returned original says nothing of this delivery.
  const notice = aboveReturnedOriginal(head);
  if (DELAY_WORDING.test(serverSubjectWords(email.subject)) || DELAY_WORDING.test(notice)) return false;
  const statuses = recipients.map((r) => r.status).filter((s) => s !== undefined);
  return statuses.length === 0 || statuses.some((s) => s.startsWith("5"));
}
