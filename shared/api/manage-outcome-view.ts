import { nextSendAt } from "../domain/next-send-at.js";
import type { ManageOutcome } from "../use-cases/manage-interview.js";

/** The JSON answer of `POST /manage/{token}`. */
export function manageOutcomeView(outcome: ManageOutcome) {
  return outcome.action === "stop"
    ? { status: "stopped", stepsCancelled: outcome.stepsCancelled }
    : {
        status: "snoozed",
        stepsMoved: outcome.stepsMoved,
        repeated: outcome.repeated,
        nextSendAt: nextSendAt(outcome.interview),
      };
}
