import { addCalendarDays, calendarDay } from "../domain/calendar-day.js";
import { isKnownZone, wallClockAt } from "../domain/wall-clock.js";

/** Why a date read from a message is not acted on. */
export type UnusableDateReason = "past" | "too_far";

export type ReadDateVerdict = { usable: true } | { usable: false; why: UnusableDateReason };

/**
 * Whether a date read from a reply or an out-of-office ("YYYY-MM-DD") may plan anything: not when it is
 * already past on `now`'s day in `zone`, nor when it is more than `maxAheadDays` days after that day.
 */
export function judgeReadDate(date: string, now: Date, zone: string, maxAheadDays: number): ReadDateVerdict {
  if (!isKnownZone(zone) || Number.isNaN(now.getTime())) return { usable: false, why: "past" };
  const local = wallClockAt(now, zone);
  const first = calendarDay(local.year, local.month, local.day);
  const limit = addCalendarDays(first, maxAheadDays);
  if (date < first) return { usable: false, why: "past" };
  if (date > limit) return { usable: false, why: "too_far" };
  return { usable: true };
}
