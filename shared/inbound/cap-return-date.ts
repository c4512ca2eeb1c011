import { addCalendarDays, calendarDay } from "../domain/calendar-day.js";
import { isKnownZone, wallClockAt } from "../domain/wall-clock.js";

/**
 * An out-of-office may not hold a contact's follow-ups back for ever ("until December 31, 2099"): a return
 * date more than `maxDays` after the receipt (in `zone`) is replaced by the day `maxDays` after it.
 * Dates are "YYYY-MM-DD"; `capped` says whether the limit applied.
 */
export function capReturnDate(
  returnDate: string,
  receivedAt: Date,
  zone: string,
  maxDays: number,
): { date: string; capped: boolean } {
  if (!isKnownZone(zone) || Number.isNaN(receivedAt.getTime())) return { date: returnDate, capped: false };
  const local = wallClockAt(receivedAt, zone);
  const limit = addCalendarDays(calendarDay(local.year, local.month, local.day), maxDays);
  if (returnDate <= limit) return { date: returnDate, capped: false };
  return { date: limit, capped: true };
}
