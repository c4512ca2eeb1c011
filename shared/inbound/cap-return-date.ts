import { DateTime } from "../domain/date-time.js";

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
  const limit = DateTime.fromJSDate(receivedAt, { zone }).startOf("day").plus({ days: maxDays }).toISODate();
  if (!limit || returnDate <= limit) return { date: returnDate, capped: false };
  return { date: limit, capped: true };
}
