import { calendarFields } from "../domain/calendar-day.js";
import { padDigits as pad } from "../domain/pad-digits.js";
import { isoWeekdayOf, wallClockAt } from "../domain/wall-clock.js";

/**
 * A date (and time) in the words our English sentences use: "Monday 2 Nov 2026 at 09:30" is built from
 * `weekday`, `day`, `monthShort`, `year` and `time`. The names are English (CLDR's `en-US`, which the tests
 * hold them to) whatever the runtime's own locale is, so a Lambda with another default locale writes the
 * same sentences.
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

/*
 * Written out rather than read from Intl: the four Intl.DateTimeFormats (weekday and month, long and short)
 * took ~1 ms together to build in a cold start's first invoke (session 10, a busy machine), for names that do
 * not change.
 */
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
/** The first three letters: CLDR's `en-US` abbreviations, "Sep" included. */
const short = (name: string) => name.slice(0, 3);

function words(year: number, month: number, day: number, hour: number, minute: number): DateWords {
  const weekday = WEEKDAYS[isoWeekdayOf(year, month, day) - 1] ?? "";
  const monthName = MONTHS[month - 1] ?? "";
  return {
    weekday,
    weekdayShort: short(weekday),
    day,
    month: monthName,
    monthShort: short(monthName),
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
