import { instantAt, localDateOf } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import { stepCalendar } from "./recipient-calendar.js";
import type { Step } from "./step.js";

/**
 * The first send slot `checkInIntervalBusinessDays` business days after `from` (at least 1: zero would put
 * two follow-ups to one person on the same morning), in the step's zone and its recipient's calendar, as
 * the planner and the sender use for it: how far apart two follow-ups to one contact must be.
 */
export function followUpSlotAfter(interview: Interview, step: Step, from: number): Date {
  const { settings } = interview;
  const zone = step.timezone;
  const cal = stepCalendar(interview, step);
  const day = cal.addBusinessDays(
    localDateOf(new Date(from), zone),
    Math.max(1, settings.checkInIntervalBusinessDays),
  );
  return cal.nextSendSlot(instantAt(day, "00:00", zone), zone, settings.sendTime);
}
