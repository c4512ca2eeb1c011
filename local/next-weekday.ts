import {
  addCalendarDays,
  calendarDay,
  calendarFields,
  isoWeekdayOfDay,
} from "../shared/domain/calendar-day.js";
import { toOffsetIso } from "../shared/domain/offset-date-time.js";
import { instantOf, wallClockAt } from "../shared/domain/wall-clock.js";

/**
 * The first Monday-to-Friday after `now`'s day in `zone` ("YYYY-MM-DD"), and `hour`:00 that day as ISO 8601
 * with the zone's offset: the interview date of the examples, the demo and the integration tests.
 */
export function nextWeekday(now: Date, zone: string, hour: number): { day: string; at: string } {
  const local = wallClockAt(now, zone);
  let day = addCalendarDays(calendarDay(local.year, local.month, local.day), 1);
  while (isoWeekdayOfDay(day) > 5) day = addCalendarDays(day, 1);
  return { day, at: toOffsetIso(instantOf({ ...calendarFields(day), hour }, zone), zone) };
}
