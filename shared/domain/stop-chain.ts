import type { Interview, InterviewStatus } from "./interview.js";
import { isPendingStep } from "./step.js";
import { withEvent } from "./with-event.js";

export interface ChainStop {
  status: Exclude<InterviewStatus, "active">;
  reason: NonNullable<Interview["stopReason"]>;
  at: string;
  detail?: string;
}

/**
 * Stops a chain: the status says so and every pending step is cancelled. Steps already claimed or sent
 * keep their status: a stop is final for what has not started, it does not recall what has.
 */
export function stopChain(interview: Interview, stop: ChainStop): Interview {
  const stopped: Interview = {
    ...interview,
    status: stop.status,
    stopReason: stop.reason,
    updatedAt: stop.at,
    steps: interview.steps.map((s) =>
      isPendingStep(s)
        ? { ...s, status: "cancelled", reason: `chain ${stop.status}: ${stop.reason}`, updatedAt: stop.at }
        : s,
    ),
  };
  return withEvent(stopped, {
    at: stop.at,
    type: `chain.${stop.status}`,
    detail: stop.detail ?? `Chain ${stop.status} (${stop.reason}).`,
  });
}
