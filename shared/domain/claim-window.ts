import type { Interview } from "./interview.js";
import type { Step } from "./step.js";

/**
 * A sender may start its SES call only this long (real time) after it began writing its claim; past that
 * it releases the claim and lets the schedule retry. This bound is what lets a stop be final: a stop that
 * has waited until every claim's `dispatchBy` knows no SES call for that chain can start any more. A
 * DynamoDB write takes milliseconds; the margin is for a loaded machine (the local stack under a race
 * test saw claims take over 1.5 s), where a missed window costs a retry, never a wrong email.
 */
export const DISPATCH_WINDOW_MS = 3_000;

/**
 * How long past a claim's `dispatchBy` a stop keeps waiting for the send to settle (sent, failed,
 * released), so its answer can say what went out. Only a hung SES call outlasts it; the step then reads
 * `sending` in the stop's answer, and `sent` or `unknown` later.
 */
export const SETTLE_GRACE_MS = 2_000;

/** Steps claimed by a sender that may still start, or is finishing, its SES call at `nowMs`. */
export function inFlightSteps(interview: Interview, nowMs: number): { mustWait: Step[]; mayWait: Step[] } {
  const sending = interview.steps.filter((s) => s.status === "sending" && s.dispatchBy !== undefined);
  return {
    // An SES call may still start for these: committing a stop now would not be final.
    mustWait: sending.filter((s) => nowMs < (s.dispatchBy as number)),
    // The call has started (or never will); waiting a little more lets the answer say how it ended.
    mayWait: sending.filter((s) => nowMs < (s.dispatchBy as number) + SETTLE_GRACE_MS),
  };
}
