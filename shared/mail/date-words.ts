import { calendarFields } from "../domain/calendar-day.js";
import { wallClockAt } from "../domain/wall-clock.js";

/**
 * A date (and time) in the words our English sentences use: "Monday 2 Nov 2026 at 09:30" is built from
 * `weekday`, `day`, `monthShort`, `year` and `time`. Names come from Intl in `en-US` whatever the
 * runtime's own locale is, so a Lambda with another default locale writes the same sentences.
 */
export interface DateWords {
  /** Monday */
  weekday: string;
  /** Mon */
  weekdayShort: string;
  /** 2 (no leading zero) */
  day: number;
  /** November */
  month: string;
  /** Nov */
  monthShort: string;
  year: number;
  /** 09:30, 24-hour */
  time: string;
}

const LOCALE = "en-US";
type NameStyle = "long" | "short";
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The name of a calendar field (weekday or month), in the fixed locale. */
function nameOf(
  field: "weekday" | "month",
  style: NameStyle,
  year: number,
  month: number,
  day: number,
): string {
  const key = `${field}:${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { [field]: style, timeZone: "UTC" });
    formatters.set(key, format);
  }
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, day);
  noon.setUTCHours(12);
  return format.format(noon);
}

const pad = (n: number) => String(n).padStart(2, "0");

function words(year: number, month: number, day: number, hour: number, minute: number): DateWords {
  return {
    weekday: nameOf("weekday", "long", year, month, day),
    weekdayShort: nameOf("weekday", "short", year, month, day),
    day,
    month: nameOf("month", "long", year, month, day),
    monthShort: nameOf("month", "short", year, month, day),
    year,
    time: `${pad(hour)}:${pad(minute)}`,
  };
}

/** A calendar day ("YYYY-MM-DD") in words; its `time` is 00:00. Throws on a string that is not a day. */
export function dayWords(day: string): DateWords {
  const d = calendarFields(day);
  return words(d.year, d.month, d.day, 0, 0);
}

/** An instant in words, as the wall clock in `zone` shows it. Throws on an unknown zone. */
export function localTimeWords(instant: Date, zone: string): DateWords {
  const w = wallClockAt(instant, zone);
  return words(w.year, w.month, w.day, w.hour, w.minute);
}

/** "Monday 2 Nov 2026 at 09:30": an instant in `zone`, with its weekday and year. */
export function dayAndTimeWords(instant: Date, zone: string): string {
  const w = localTimeWords(instant, zone);
  return `${w.weekday} ${w.day} ${w.monthShort} ${w.year} at ${w.time}`;
}
