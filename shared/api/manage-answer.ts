import { nextSendAt } from "../domain/next-send-at.js";
import { manageConfirmation } from "../mail/manage-confirmation.js";
import type { ManageOutcome } from "../use-cases/manage-interview.js";

/** The answer of `POST /manage/{token}`: the words a person reads, or the JSON an API client reads. */
export function manageAnswer(outcome: ManageOutcome): { text: string; json: unknown } {
  const next = nextSendAt(outcome.interview);
  return {
    text: manageConfirmation(outcome, next),
    json:
      outcome.action === "stop"
        ? { status: "stopped", stepsCancelled: outcome.stepsCancelled }
        : { status: "snoozed", stepsMoved: outcome.stepsMoved, repeated: outcome.repeated, nextSendAt: next },
  };
}
