import type { ClaimDecision } from "../domain/decide-claim.js";
import type { EmailQuotaDeferral } from "../domain/email-quota-deferral.js";
import type { Interview } from "../domain/interview.js";
import { updateStep } from "../domain/update-step.js";
import { withEvent } from "../domain/with-event.js";
import {
  outsideWindowMovedNote,
  UNKNOWN_DELIVERY_NOTE,
  UNKNOWN_DELIVERY_REASON,
} from "../mail/send-timeline-words.js";
import { settledAs } from "./settled-as.js";

/**
 * A new name for a step's schedule, made by the invocation its schedule fired: that schedule deletes itself
 * after this invocation, and a schedule of the same name written now could go with it.
 */
const freshScheduleName = (step: { scheduleName: string }, at: string): string =>
  `${step.scheduleName.replace(/-m\d+$/, "")}-m${Date.parse(at)}`.slice(0, 64);

/** What the decision writes, for every decision but a claim (which is prepared first, then written). */
export function applySendDecision(
  current: Interview,
  stepId: string,
  d: ClaimDecision,
  at: string,
  /** Set when the move is a deferral over the daily email quota, to say so. */
  quota?: EmailQuotaDeferral,
  /** For `mark_unknown`: the id this invocation marks the step with (see `tellCandidateDeliveryUnknown`). */
  markId?: string,
): Interview | undefined {
  switch (d.action) {
    case "cancel":
      return settledAs(current, stepId, "cancelled", d.reason, at);
    case "skip":
      return settledAs(current, stepId, "skipped", d.reason, at);
    case "mark_unknown":
      return withEvent(
        updateStep(current, stepId, {
          status: "unknown",
          reason: UNKNOWN_DELIVERY_REASON,
          claimId: markId,
          updatedAt: at,
        }),
        {
          at,
          type: "step.unknown",
          stepId,
          detail: UNKNOWN_DELIVERY_NOTE,
        },
      );
    case "reschedule":
      return updateStep(current, stepId, {
        status: "unscheduled",
        scheduleName: freshScheduleName(d.step, at),
        updatedAt: at,
      });
    case "move":
      return withEvent(
        updateStep(current, stepId, {
          sendAt: d.sendAt,
          // Unscheduled until the new schedule exists: if creating it fails (or this invocation dies), the
          // reconciler finds the step, while the old schedule's retries are ignored as too early.
          status: "unscheduled",
          scheduleName: freshScheduleName(d.step, at),
          updatedAt: at,
          ...(quota ? { why: quota.why } : {}),
        }),
        {
          at,
          type: "step.moved",
          stepId,
          detail: quota?.detail ?? outsideWindowMovedNote(d.sendAt),
        },
      );
    default:
      return undefined;
  }
}
