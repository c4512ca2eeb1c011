import { instantAt, toSendAt } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import { stepCalendar } from "./recipient-calendar.js";
import type { Step } from "./step.js";
import { pendingStepsTo } from "./stop-steps-to-address.js";

/**
 * An out-of-office names a return date: pending steps to that contact that would land before it move to
 * the first send slot on or after that day, in the contact's zone. Pure; answers the moved steps so the
 * caller can move their schedules; they are `unscheduled` until it has.
 */
export function deferStepsToAddress(
  interview: Interview,
  email: string,
  returnDate: string,
  at: string,
): { interview: Interview; moved: Step[] } {
  const moved: Step[] = [];
  const ids = new Set(pendingStepsTo(interview, email).map((s) => s.id));
  const steps = interview.steps.map((s) => {
    if (!ids.has(s.id)) return s;
    const back = instantAt(returnDate, interview.settings.sendWindow.start, s.timezone);
    if (Date.parse(s.sendAt) >= back.getTime()) return s;
    // The recipient's weekend and holidays, as the planner and the sender use for this step.
    const slot = stepCalendar(interview, s).nextSendSlot(back, s.timezone, interview.settings.sendTime);
    // `unscheduled` until the caller has moved the schedule, so a failed move is found by the reconciler.
    const next: Step = { ...s, sendAt: toSendAt(slot, s.timezone), status: "unscheduled", updatedAt: at };
    moved.push(next);
    return next;
  });
  return { interview: { ...interview, steps }, moved };
}
