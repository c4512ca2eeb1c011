import { type EmailQuotaDeferral, emailQuotaDeferral } from "../domain/email-quota-deferral.js";
import type { Interview } from "../domain/interview.js";
import { dailyQuotaWindow } from "../domain/quota-window.js";
import type { Step } from "../domain/step.js";
import { emailQuotaWords } from "../mail/email-quota-words.js";
import type { OwnerEmailGate } from "../ports/owner-email-gate.js";
import type { SuppressionReason } from "../ports/suppression-list.js";
import type { UsageDeps } from "./reserve-usage.js";

/** What the sender's last check needs of the quotas: the limits (the count is on the owner's record). */
export type EmailUsageDeps = Pick<UsageDeps, "limits">;

/** Why the email must not leave: its address is suppressed, or the day's quota is used up. */
export type EmailGateStop =
  | { suppressed: { email: string; reason: SuppressionReason } }
  | { deferral: EmailQuotaDeferral };

/**
 * The sender's last check before the SES call of an email to a contact, made by the invocation that holds
 * the step's claim (so duplicate fires, which find the claim, take nothing): ONE conditional write on the
 * owner's record says the address is not suppressed and takes one of the owner's emails of the day.
 * Resolves undefined when the step may go on (passed, or a reminder to the candidate, which neither
 * checks nor counts), or why not: a suppressed address (the step is skipped) or the deferral the claim
 * becomes when the day's quota is used up (without quotas configured, only the suppression is checked).
 *
 * A step that is then not sent after all (refused by SES, released for a retry) stays counted: giving it
 * back would need a second write on every such path, and counting an email that did not leave only errs on
 * the side of sending fewer. Its retry the same day takes no second slot: the day counts each step once.
 */
export async function passEmailGate(
  gate: OwnerEmailGate,
  usage: EmailUsageDeps | undefined,
  interview: Interview,
  step: Step,
  now: Date,
): Promise<EmailGateStop | undefined> {
  if (step.channel !== "email") return undefined;
  const limit = usage?.limits.emails_per_day;
  const window = dailyQuotaWindow(now);
  const email = step.to.email.trim().toLowerCase();
  const answer = await gate.pass({
    owner: interview.owner,
    email,
    // A step goes out at most once, so it takes at most one slot of a day, however often its claim is
    // retried: a timed-out pass that landed, or a claim released (SES refused) and taken again.
    key: `${interview.id}/${step.id}`,
    day: window.key,
    ...(limit !== undefined ? { limit } : {}),
  });
  if (answer.result === "passed") return undefined;
  if (answer.result === "suppressed") return { suppressed: { email, reason: answer.reason } };
  return {
    deferral: emailQuotaDeferral(interview, step, window.resetsAt, (sendAt) =>
      emailQuotaWords(limit as number, sendAt, step.timezone),
    ),
  };
}
