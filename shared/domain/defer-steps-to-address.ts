import { instantAt, toSendAt } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import { nudgePastDecision } from "./nudge-past-decision.js";
import { stepCalendar } from "./recipient-calendar.js";
import type { Step } from "./step.js";
import { pendingStepsTo } from "./stop-steps-to-address.js";

/** The words of a deferral (shared/mail's DEFER_WORDS). */
export interface DeferWords {
  /** A pre-decision nudge cancelled because the contact is back only on or after the decision date. */
  nudgePastDecision: string;
}

/**
 * An out-of-office names a return date: pending steps to that contact that would land before it move to
 * the first send slot on or after that day, in the contact's zone. A pre-decision nudge that would then go
 * on or after the decision date is cancelled instead, as the planner never plans one there ("still very
 * interested before you decide" after the decision, and just before the check-in). Pure; answers the moved
 * steps so the caller can move their schedules (they are `unscheduled` until it has), and the cancelled
 * ones, whose schedules are clean-up.
 */
export function deferStepsToAddress(
  interview: Interview,
  email: string,
  returnDate: string,
  at: string,
  words: DeferWords,
): { interview: Interview; moved: Step[]; cancelled: Step[] } {
  const moved: Step[] = [];
  const cancelled: Step[] = [];
  const ids = new Set(pendingStepsTo(interview, email).map((s) => s.id));
  const steps = interview.steps.map((s) => {
    if (!ids.has(s.id)) return s;
    const back = instantAt(returnDate, interview.settings.sendWindow.start, s.timezone);
    if (Date.parse(s.sendAt) >= back.getTime()) return s;
    // The recipient's weekend and holidays, as the planner and the sender use for this step.
    const slot = stepCalendar(interview, s).nextSendSlot(back, s.timezone, interview.settings.sendTime);
    if (nudgePastDecision(interview, s, slot)) {
      const c: Step = { ...s, status: "cancelled", reason: words.nudgePastDecision, updatedAt: at };
      cancelled.push(c);
      return c;
    }
    // `unscheduled` until the caller has moved the schedule, so a failed move is found by the reconciler.
    const next: Step = { ...s, sendAt: toSendAt(slot, s.timezone), status: "unscheduled", updatedAt: at };
    moved.push(next);
    return next;
  });
  return { interview: { ...interview, steps }, moved, cancelled };
}
