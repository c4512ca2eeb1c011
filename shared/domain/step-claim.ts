import type { Interview } from "./interview.js";
import { updateStep } from "./update-step.js";

/** One sender's claim of a step: the fields the claim writes on it. */
export interface StepClaim {
  interviewId: string;
  stepId: string;
  /** Random: only a step still carrying it is this sender's to settle. */
  claimId: string;
  claimedAt: string;
  /** Real time (epoch ms) after which the SES call must not start: see claim-window.ts. */
  dispatchBy: number;
}

/** The item as a claim leaves it: the step `sending` with the claim's fields, the version one up. */
export function withClaim(before: Interview, claim: StepClaim): Interview {
  const claimed = updateStep(before, claim.stepId, {
    status: "sending",
    claimedAt: claim.claimedAt,
    claimId: claim.claimId,
    dispatchBy: claim.dispatchBy,
    updatedAt: claim.claimedAt,
  });
  return { ...claimed, version: before.version + 1 };
}

/**
 * The item as it was before `claim` was written on `after`, as near as the claimed item tells: the step
 * back to `scheduled` (the only status a claim written with no read takes a step from) without claim
 * fields. For a claim whose answer was lost and whose item was found with it, to decide on.
 */
export function withoutClaim(after: Interview, stepId: string): Interview {
  const unclaimed = updateStep(after, stepId, {
    status: "scheduled",
    claimedAt: undefined,
    claimId: undefined,
    dispatchBy: undefined,
  });
  return { ...unclaimed, version: after.version - 1 };
}
