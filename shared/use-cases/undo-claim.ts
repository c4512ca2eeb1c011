import type { ClaimDecision } from "../domain/decide-claim.js";
import type { Interview } from "../domain/interview.js";
import { updateStep } from "../domain/update-step.js";
import { applySendDecision } from "./apply-send-decision.js";
import { type OurClaim, releaseClaim } from "./dispatch-claimed-step.js";
import { scheduleSteps } from "./schedule-steps.js";
import type { SendOutcome, SendPorts } from "./send-ports.js";

/** The step's fields as they were before a claim written on it: what undoing the claim puts back. */
export function unclaimed(before: Interview, stepId: string): (current: Interview) => Interview {
  const was = before.steps.find((s) => s.id === stepId);
  return (current) =>
    was
      ? updateStep(current, stepId, {
          status: was.status,
          claimedAt: was.claimedAt,
          claimId: was.claimId,
          dispatchBy: was.dispatchBy,
          updatedAt: was.updatedAt,
        })
      : current;
}

/**
 * A claim written with no read turned out not to be wanted (the step fired early: it gets a schedule
 * again at its own time; or outside its send
 * window, or a later follow-up to the same contact is due, or its address is suppressed, or its email
 * cannot be written): the step becomes what the decision on the item before the claim says, in one write
 * from the item the claim wrote. A stop written meanwhile cancels it instead (`releaseClaim`).
 */
export async function undoClaim(
  deps: SendPorts,
  claim: OurClaim,
  before: Interview,
  decision: ClaimDecision,
  why: string,
): Promise<SendOutcome> {
  const { stepId, claimedAt: at } = claim;
  const restore = unclaimed(before, stepId);
  const after = await releaseClaim(deps, claim, at, why, (current) => {
    const restored = restore(current);
    return applySendDecision(restored, stepId, decision, at) ?? restored;
  });
  const step = after?.steps.find((s) => s.id === stepId);
  if (step?.status === "cancelled") return { result: "cancelled", reason: step.reason ?? "chain stopped" };
  switch (decision.action) {
    case "ignore":
      return { result: "ignored", reason: decision.reason };
    case "skip":
    case "cancel":
      return step?.status === (decision.action === "skip" ? "skipped" : "cancelled")
        ? { result: decision.action === "skip" ? "skipped" : "cancelled", reason: decision.reason }
        : { result: "ignored", reason: "the claim was no longer ours" };
    case "move":
      // Read back after a timed-out write, the step is the move only if it carries the new time.
      if (!after || step?.status !== "unscheduled" || step.sendAt !== decision.sendAt)
        return { result: "ignored", reason: "the claim was no longer ours" };
      // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
      await scheduleSteps(deps, after, [step]);
      return { result: "moved", reason: `moved to ${step.sendAt}` };
    case "reschedule":
      // The same check: the step is ours to schedule again only if it carries the fresh name.
      if (!after || step?.status !== "unscheduled" || step.scheduleName === decision.step.scheduleName)
        return { result: "ignored", reason: "the claim was no longer ours" };
      await scheduleSteps(deps, after, [step]);
      return { result: "ignored", reason: `${decision.reason}; scheduled again for then` };
    default:
      return { result: "ignored", reason: "nothing to do" };
  }
}
