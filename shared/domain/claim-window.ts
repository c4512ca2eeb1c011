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
 * released), so its answer can say what went out. The sender cuts its SES call before this ends
 * (`handOverBy`); a step the sender could not record in time reads `sending` in the stop's answer, and
 * `sent` or `unknown` later.
 */
export const SETTLE_GRACE_MS = 2_000;

/**
 * How long before that grace ends a sender cuts its SES call if the request is not yet wholly handed over:
 * room for a late timer on a busy machine, the last bytes in transit, and the clocks of two machines.
 */
const HANDOVER_MARGIN_MS = 1_000;

/**
 * The moment (real time, epoch ms) by which a claim's SES call must be answered or cut. A stop that finds
 * the claim still `sending` is written at `dispatchBy + SETTLE_GRACE_MS` at the earliest, so a request cut
 * before then never reaches SES whole after it: the stop waits for the call to settle, as DESIGN asks, not
 * only for it to start. A cut call may have reached SES whole: it stays the claim, to become `unknown`.
 */
export function handOverBy(dispatchBy: number): number {
  return dispatchBy + SETTLE_GRACE_MS - HANDOVER_MARGIN_MS;
}

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
