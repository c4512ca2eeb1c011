import { DateTime } from "../domain/date-time.js";

/** Why a date read from a message is not acted on. */
export type UnusableDateReason = "past" | "too_far";

export type ReadDateVerdict = { usable: true } | { usable: false; why: UnusableDateReason };

/**
 * Whether a date read from a reply or an out-of-office ("YYYY-MM-DD") may plan anything: not when it is
 * already past on `now`'s day in `zone`, nor when it is more than `maxAheadDays` days after that day.
 */
export function judgeReadDate(date: string, now: Date, zone: string, maxAheadDays: number): ReadDateVerdict {
  const today = DateTime.fromJSDate(now, { zone }).startOf("day");
  const limit = today.plus({ days: maxAheadDays }).toISODate();
  const first = today.toISODate();
  if (!first || !limit) return { usable: false, why: "past" };
  if (date < first) return { usable: false, why: "past" };
  if (date > limit) return { usable: false, why: "too_far" };
  return { usable: true };
}
