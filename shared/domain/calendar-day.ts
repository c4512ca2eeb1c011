import { padDigits as pad } from "./pad-digits.js";
import type { IsoWeekday } from "./planner-settings.js";
import { exactUtcMsOf, isoWeekdayOf, utcMsOf } from "./wall-clock.js";

/*
 * Calendar days ("YYYY-MM-DD", proleptic Gregorian, no zone) and their arithmetic, on the platform's
 * calendar: a day is its midnight read as UTC. Every function throws on a string that is not a real day.
 */

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface Fields {
  year: number;
  month: number;
  day: number;
}

const fieldsAt = (ms: number): Fields => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** The fields when they name a real day (February 30 rolls over into March, so it does not read back). */
function realDay(year: number, month: number, day: number): Fields | undefined {
  return exactUtcMsOf({ year, month, day }) === undefined ? undefined : { year, month, day };
}

function toFields(day: string): Fields | undefined {
  const m = DAY_RE.exec(day);
  if (!m) return undefined;
  const year = Number(m[1]);
  return year < 1 ? undefined : realDay(year, Number(m[2]), Number(m[3]));
}

function parse(day: string): Fields {
  const d = toFields(day);
  if (!d) throw new Error(`Invalid date "${day}": expected YYYY-MM-DD`);
  return d;
}

const text = ({ year, month, day }: Fields): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const msOf = ({ year, month, day }: Fields): number => utcMsOf(year, month, day);

/** Whether `day` is a real calendar day written `YYYY-MM-DD` (year 0001 or later). */
export function isCalendarDay(day: string): boolean {
  return toFields(day) !== undefined;
}

/** The calendar fields of a day. */
export function calendarFields(day: string): Fields {
  return parse(day);
}

/** The day written for these fields, `YYYY-MM-DD`; throws when they name no day (February 30). */
export function calendarDay(year: number, month: number, day: number): string {
  const d = realDay(year, month, day);
  if (!d) throw new Error(`No such date: ${year}-${month}-${day}`);
  return text(d);
}

/** `n` days later (earlier when negative). */
export function addCalendarDays(day: string, n: number): string {
  return text(fieldsAt(msOf(parse(day)) + n * DAY_MS));
}

/** The number of days in a month (`month` may run past 12 or below 1: it rolls over into other years). */
const daysInMonth = (year: number, month: number): number => fieldsAt(utcMsOf(year, month + 1, 0)).day;

/** `n` months later (earlier when negative), on the same day of the month or the month's last day. */
export function addCalendarMonths(day: string, n: number): string {
  const d = parse(day);
  const first = fieldsAt(utcMsOf(d.year, d.month + n, 1));
  return text({ ...first, day: Math.min(d.day, daysInMonth(first.year, first.month)) });
}

/** The last day of the day's month. */
export function lastDayOfMonth(day: string): string {
  const d = parse(day);
  return text({ ...d, day: daysInMonth(d.year, d.month) });
}

/** Days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((msOf(parse(to)) - msOf(parse(from))) / DAY_MS);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOfDay(day: string): IsoWeekday {
  const d = parse(day);
  return isoWeekdayOf(d.year, d.month, d.day);
}
