import { type EmailQuotaDeferral, emailQuotaDeferral } from "../domain/email-quota-deferral.js";
import type { Interview } from "../domain/interview.js";
import { dailyQuotaWindow } from "../domain/quota-window.js";
import type { Step } from "../domain/step.js";
import { emailQuotaWords } from "../mail/email-quota-words.js";
import type { QuotaCounter } from "../ports/quota-counter.js";
import type { UsageDeps } from "./reserve-usage.js";

const DAY_MS = 86_400_000;

/**
 * What the sender's quota check needs of the quotas: the counter's `add` and the limits (no contact
 * markers, no give-back or read, so the sender bundles neither).
 */
export type EmailUsageDeps = Pick<UsageDeps, "limits"> & { counter: Pick<QuotaCounter, "add"> };

/**
 * The sender's quota check, made by the invocation that holds a step's claim, just before the SES call (so
 * duplicate fires, which find the claim, take nothing): an email to a contact takes one of the owner's
 * emails of the day. Resolves undefined when the step may go on (taken, no quotas configured, or not an
 * email to a contact: reminders to the candidate do not count), or the deferral the claim becomes when the
 * day's quota is used up.
 *
 * A step that is then not sent after all (refused by SES, released for a retry) stays counted: giving it
 * back would need a second write on every such path, and counting an email that did not leave only errs on
 * the side of sending fewer. Its retry the same day takes no second slot: the counter counts each step once.
 */
export async function reserveEmailUsage(
  usage: EmailUsageDeps | undefined,
  interview: Interview,
  step: Step,
  now: Date,
): Promise<EmailQuotaDeferral | undefined> {
  if (!usage || step.channel !== "email") return undefined;
  const limit = usage.limits.emails_per_day;
  const window = dailyQuotaWindow(now);
  const resetsAt = window.resetsAt;
  const key = { owner: interview.owner, quota: "emails_per_day" as const, window: window.key };
  // A step goes out at most once, so it takes at most one slot of a day, however often its claim is
  // retried: a timed-out add that landed, or a claim released (SES refused) and taken again.
  const countOnce = `${interview.id}/${step.id}`;
  if (await usage.counter.add(key, 1, limit, new Date(resetsAt.getTime() + DAY_MS), countOnce))
    return undefined;
  return emailQuotaDeferral(interview, step, resetsAt, (sendAt) =>
    emailQuotaWords(limit, sendAt, step.timezone),
  );
}
