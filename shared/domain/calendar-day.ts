import { CalendarDate, endOfMonth } from "@internationalized/date";
import type { IsoWeekday } from "./planner-settings.js";
import { isoWeekdayOf } from "./wall-clock.js";

/*
 * Calendar days ("YYYY-MM-DD", proleptic Gregorian, no zone) and their arithmetic, with
 * @internationalized/date's CalendarDate. Every function throws on a string that is not a real day.
 */

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toCalendarDate(day: string): CalendarDate | undefined {
  const m = DAY_RE.exec(day);
  if (!m) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return undefined;
  // CalendarDate clamps (2026-02-30 -> 2026-02-28): a clamped day is not the one written.
  const d = new CalendarDate(year, month, date);
  return d.month === month && d.day === date ? d : undefined;
}

function parse(day: string): CalendarDate {
  const d = toCalendarDate(day);
  if (!d) throw new Error(`Invalid date "${day}": expected YYYY-MM-DD`);
  return d;
}

const text = (d: CalendarDate): string => d.toString();

/** Whether `day` is a real calendar day written `YYYY-MM-DD` (year 0001 or later). */
export function isCalendarDay(day: string): boolean {
  return toCalendarDate(day) !== undefined;
}

/** The calendar fields of a day. */
export function calendarFields(day: string): { year: number; month: number; day: number } {
  const d = parse(day);
  return { year: d.year, month: d.month, day: d.day };
}

/** The day written for these fields, `YYYY-MM-DD`; throws when they name no day (February 30). */
export function calendarDay(year: number, month: number, day: number): string {
  const d = new CalendarDate(year, month, day);
  if (d.year !== year || d.month !== month || d.day !== day) {
    throw new Error(`No such date: ${year}-${month}-${day}`);
  }
  return text(d);
}

/** `n` days later (earlier when negative). */
export function addCalendarDays(day: string, n: number): string {
  return text(parse(day).add({ days: n }));
}

/** `n` months later (earlier when negative), on the same day of the month or the month's last day. */
export function addCalendarMonths(day: string, n: number): string {
  return text(parse(day).add({ months: n }));
}

/** The last day of the day's month. */
export function lastDayOfMonth(day: string): string {
  return text(endOfMonth(parse(day)));
}

/** Days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return parse(to).compare(parse(from));
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOfDay(day: string): IsoWeekday {
  const d = parse(day);
  return isoWeekdayOf(d.year, d.month, d.day);
}
