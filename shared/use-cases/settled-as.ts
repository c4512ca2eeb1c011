import type { Interview } from "../domain/interview.js";
import { completeIfSettled, updateStep } from "../domain/update-step.js";
import { withEvent } from "../domain/with-event.js";
import { notSentNote, sendFailedNote } from "../mail/send-timeline-words.js";

/** The item with `step` settled as `status`, and the timeline event saying why. */
export function settledAs(
  current: Interview,
  stepId: string,
  status: "cancelled" | "skipped" | "failed",
  reason: string,
  at: string,
): Interview {
  const type = `step.${status}`;
  const detail = status === "failed" ? sendFailedNote(reason) : notSentNote(reason);
  return completeIfSettled(
    withEvent(updateStep(current, stepId, { status, reason, updatedAt: at }), { at, type, stepId, detail }),
  );
}
