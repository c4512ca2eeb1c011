import { toSendAt } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import { nudgePastDecision } from "./nudge-past-decision.js";
import type { Step } from "./step.js";

/**
 * A pending step moved later to `slot` (by an out-of-office or a snooze), held there (`heldUntil`): `unscheduled` there, with `why`,
 * until the caller has moved its schedule, so a failed move is found by the reconciler; or, for a
 * pre-decision nudge the move would take to or past the decision date, `cancelled` with `pastDecision`
 * (see nudgePastDecision), its schedule then clean-up. The cancelled nudge keeps where it was held, and
 * why, too, so that a re-plan after a later edit does not plan it afresh inside the hold (see replanChain).
 */
export function moveStepToSlot(
  interview: Interview,
  step: Step,
  slot: Date,
  at: string,
  words: { pastDecision: string; why: string },
): Step {
  const sendAt = toSendAt(slot, step.timezone);
  if (nudgePastDecision(interview, step, slot)) {
    return {
      ...step,
      heldUntil: sendAt,
      why: words.why,
      status: "cancelled",
      reason: words.pastDecision,
      updatedAt: at,
    };
  }
  return { ...step, sendAt, heldUntil: sendAt, status: "unscheduled", why: words.why, updatedAt: at };
}
