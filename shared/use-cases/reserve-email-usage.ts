import { type EmailQuotaDeferral, emailQuotaDeferral } from "../domain/email-quota-deferral.js";
import type { Interview } from "../domain/interview.js";
import { quotaWindow } from "../domain/quota-window.js";
import type { Step } from "../domain/step.js";
import { emailQuotaWords } from "../mail/email-quota-words.js";
import type { UsageDeps } from "./reserve-usage.js";

const DAY_MS = 86_400_000;

/**
 * The sender's quota check, made just before it claims a step: an email to a contact takes one of the
 * owner's emails of the day. Resolves undefined when the step may go on (taken, no quotas configured, or not
 * an email to a contact: reminders to the candidate do not count), or the deferral to apply instead of the
 * claim when the day's quota is used up.
 *
 * The slot is taken before the claim, so a step that is then not sent after all (suppressed, stopped
 * meanwhile, refused by SES) stays counted: giving it back would need a second write on every such path,
 * and counting an email that did not leave only errs on the side of sending fewer.
 */
export async function reserveEmailUsage(
  usage: UsageDeps | undefined,
  interview: Interview,
  step: Step,
  now: Date,
): Promise<EmailQuotaDeferral | undefined> {
  if (!usage || step.channel !== "email") return undefined;
  const limit = usage.limits.emails_per_day;
  const window = quotaWindow("emails_per_day", now);
  const resetsAt = window.resetsAt ?? new Date(now.getTime() + DAY_MS);
  const key = { owner: interview.owner, quota: "emails_per_day" as const, window: window.key };
  if (await usage.counter.add(key, 1, limit, new Date(resetsAt.getTime() + DAY_MS))) return undefined;
  return emailQuotaDeferral(interview, step, resetsAt, (sendAt) =>
    emailQuotaWords(limit, sendAt, step.timezone),
  );
}
