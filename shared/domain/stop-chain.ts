import type { Interview, InterviewStatus } from "./interview.js";
import { isPendingStep } from "./step.js";
import { withEvent } from "./with-event.js";

export interface ChainStop {
  status: Exclude<InterviewStatus, "active">;
  reason: NonNullable<Interview["stopReason"]>;
  at: string;
}

/** What a stop writes for people to read (see shared/mail/chain-stop-words). */
export interface ChainStopWords {
  /** Each cancelled step's reason. */
  stepReason: string;
  /** The timeline event's detail. */
  detail: string;
}

/**
 * Stops a chain: the status says so and every pending step is cancelled. Steps already claimed or sent
 * keep their status: a stop is final for what has not started, it does not recall what has.
 */
export function stopChain(interview: Interview, stop: ChainStop, words: ChainStopWords): Interview {
  const stopped: Interview = {
    ...interview,
    status: stop.status,
    stopReason: stop.reason,
    updatedAt: stop.at,
    steps: interview.steps.map((s) =>
      isPendingStep(s) ? { ...s, status: "cancelled", reason: words.stepReason, updatedAt: stop.at } : s,
    ),
  };
  return withEvent(stopped, { at: stop.at, type: `chain.${stop.status}`, detail: words.detail });
}
