import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import type { SuppressionReason } from "../ports/suppression-list.js";
import { applySendDecision } from "./apply-send-decision.js";
import {
  dispatchClaimedStep,
  type OurClaim,
  releaseClaim,
  releasedForRetry,
} from "./dispatch-claimed-step.js";
import { type EmailGateStop, passEmailGate } from "./pass-email-gate.js";
import { scheduleSteps } from "./schedule-steps.js";
import type { SendOutcome, SendPorts } from "./send-ports.js";
import { unclaimed, undoClaim } from "./undo-claim.js";

const SUPPRESSION_WORDING: Record<SuppressionReason, string> = {
  bounced: "bounced",
  complained: "marked an earlier email as spam",
  unsubscribed: "unsubscribed",
};

/** A claim this invocation is writing (or wrote): what it needs to send the step once it is ours. */
export interface ClaimAttempt {
  claimId: string;
  claimedAt: string;
  dispatchBy: number;
  step: Step;
  email: OutgoingEmail;
  /** The item the claim was computed from, and the clock then: the quota's owner and day. */
  interview: Interview;
  now: Date;
  /** The item as the claim wrote it, once written: settling the claim starts from it, not from a read. */
  item?: Interview;
}

/**
 * Our claim is written: now, and only now, an email to a contact passes the owner's record (`gate`), which
 * in ONE conditional write says its address is not suppressed and takes one of the owner's emails of the
 * day, so that only the one invocation holding the claim takes a slot. Taken before the claim, every
 * duplicate or concurrent fire of the step took one too, and under a small quota those slots ran out and
 * the losing copies deferred steps the quota had room for (3 thank-yous due at once, each fired twice,
 * under a quota of 3: one went). A suppressed address makes the claim the step's skip, with the reason;
 * over the quota, the claim becomes the move to the next day's send window, whose `why` and timeline event
 * say so: never dropped. Reminders to the candidate pass no gate.
 */
export async function sendClaimed(
  deps: SendPorts,
  claim: OurClaim,
  attempt: ClaimAttempt,
): Promise<SendOutcome> {
  let stop: EmailGateStop | undefined;
  try {
    stop = await passEmailGate(deps.gate, deps.usage, attempt.interview, attempt.step, attempt.now);
  } catch (err) {
    // Nothing was handed to SES: the claim goes back for a retry.
    await releaseClaim(
      deps,
      claim,
      claim.claimedAt,
      "stopped while the owner's record could not be written",
      (current) =>
        releasedForRetry(unclaimed(attempt.interview, claim.stepId)(current), claim.stepId, claim.claimedAt),
    );
    throw err;
  }
  if (!stop) return dispatchClaimedStep(deps, claim, attempt.step, attempt.email);
  if ("suppressed" in stop) {
    const { email, reason } = stop.suppressed;
    const skip = {
      action: "skip",
      step: attempt.step,
      reason: `${email} ${SUPPRESSION_WORDING[reason]}`,
    } as const;
    return undoClaim(deps, claim, attempt.interview, skip, "stopped meanwhile");
  }
  const quota = stop.deferral;
  const move = { action: "move", step: attempt.step, sendAt: quota.sendAt } as const;
  const after = await releaseClaim(
    deps,
    claim,
    claim.claimedAt,
    "stopped while the email was deferred",
    (current) => applySendDecision(current, claim.stepId, move, claim.claimedAt, quota) ?? current,
  );
  const step = after?.steps.find((s) => s.id === claim.stepId);
  if (step?.status === "cancelled") return { result: "cancelled", reason: step.reason ?? "chain stopped" };
  // Read back after a timed-out write, the step is the move only if it carries the deferral's time.
  if (!after || step?.status !== "unscheduled" || step.sendAt !== quota.sendAt) {
    return { result: "ignored", reason: "the deferred claim was no longer ours" };
  }
  // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
  await scheduleSteps(deps, after, [step]);
  return { result: "moved", reason: `moved to ${step.sendAt}` };
}
