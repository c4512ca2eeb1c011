import { parseDuration } from "@internationalized/date";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An ISO 8601 duration (`P7D`, `PT2H30M`, `P1Y2M`) in milliseconds, read by @internationalized/date. A
 * clock advance has no calendar to count on, so a year is 365 days and a month 30 (as luxon's
 * Duration.toMillis counted them); NaN for anything that is not a duration.
 */
export function isoDurationMs(text: string): number {
  try {
    const d = parseDuration(text);
    const ms =
      (d.years * 365 + d.months * 30 + d.weeks * 7 + d.days) * DAY +
      d.hours * HOUR +
      d.minutes * MINUTE +
      d.seconds * SECOND;
    return Number.isFinite(ms) ? ms : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
