import {
  addCalendarDays,
  calendarDay,
  calendarFields,
  isCalendarDay,
  isoWeekdayOfDay,
} from "./calendar-day.js";
import { countryWeekend, countryWorkweek } from "./country-weekend.js";
import { hasHolidayTable, holidayYears, publicHolidays } from "./holiday-source.js";
import { toOffsetIso } from "./offset-date-time.js";
import type { IsoWeekday, PlannerSettings } from "./planner-settings.js";
import { instantOf, isKnownZone, wallClockAt } from "./wall-clock.js";

export interface BusinessCalendarOptions {
  /** ISO 3166-1 alpha-2, any case. */
  country: string;
  /** Subdivision (a date-holidays "state"), e.g. `BY` in DE or `CA` in US; any case. */
  region?: string;
  observeHolidays: boolean;
  /** Without `days`, the country's working week (every day outside its weekend, from CLDR). */
  sendWindow: PlannerSettings["sendWindow"];
}

/**
 * Business days are the send window's weekdays that are not public holidays of the country (and region).
 * Dates are calendar dates (`YYYY-MM-DD`) with no zone. One calendar serves one country: see
 * recipient-calendar.ts for which country applies to a recipient.
 */
export interface BusinessCalendar {
  /** The country (upper case) whose holidays, and unless the window names its days, weekend apply. */
  readonly country: string;
  /** The weekdays the window sends on. */
  readonly sendDays: readonly IsoWeekday[];
  /** The country's weekend when the send days come from it; undefined when the window names its days. */
  readonly countryWeekend: readonly IsoWeekday[] | undefined;
  isBusinessDay(date: string): boolean;
  /** Name of the observed public holiday on that date, if any (undefined when holidays are not observed). */
  holidayOn(date: string): string | undefined;
  /**
   * True when holidays are observed but none are known for that date's year (outside holidayYears(), the tables'):
   * the date counts as a business day unless the weekend or the window's days rule it out.
   */
  holidaysUnknownOn(date: string): boolean;
  /**
   * The n-th business day after `date`. n = 0 gives `date` itself when it is a business day, else the next
   * business day. A negative n counts backwards.
   */
  addBusinessDays(date: string, n: number): string;
  /** The n-th business day before `date`; n = 0 rolls back to the closest business day on or before it. */
  subtractBusinessDays(date: string, n: number): string;
  /** Inside the window: a business day (local date in `zone`), start <= local time < end. */
  isInSendWindow(instant: Date, zone: string): boolean;
  /**
   * The first send slot at or after `after`, to the minute, in `zone`:
   * - on the first business day (local date) whose window has not closed yet;
   * - at `preferredTime` that day when that is still ahead (a `preferredTime` outside the window counts as
   *   the window's start);
   * - otherwise (already past the preferred time, still inside the window) at `after` rounded up to the minute.
   * A local time that does not exist because of a DST gap is shifted forward by the gap.
   */
  nextSendSlot(after: Date, zone: string, preferredTime: string): Date;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Guards the day-by-day walks against a window with no usable day (e.g. every weekday a holiday).
const MAX_DAYS_SEARCHED = 3660;

/**
 * The ISO 3166-1 countries date-holidays has no rules for (Nepal, Cambodia, Lebanon, Mongolia, the Gulf
 * states, Pacific islands, ...): refusing them would turn away their candidates and contacts, so they are
 * supported with their weekend (CLDR) and no public holidays (and no regions). Should date-holidays add one,
 * its holidays apply from then on (after `npm run generate:holidays`; a test then asks to drop it here).
 */
// One string split: fewer bytes than an array literal in every bundle that builds a calendar (the sender).
export const COUNTRIES_WITHOUT_HOLIDAYS: readonly string[] =
  "AF AQ BT BV FK FM GS HM IO IQ JO KG KH KI KP KW LA LB MH MM MN MO MP MV NP NR NU OM PG PN PS PW QA SB SY TF TJ TK TL TM TV UM WS YE".split(
    " ",
  );

/**
 * Whether this country (ISO 3166-1 alpha-2) is supported: date-holidays knows it and, when given, this
 * subdivision of it (any case); or it is one of the COUNTRIES_WITHOUT_HOLIDAYS (with no subdivision).
 */
export function isSupportedCountry(code: string, region?: string): boolean {
  const country = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return false;
  const regionGiven = region !== undefined && region.trim() !== "";
  if (!hasHolidayTable(country)) return !regionGiven && COUNTRIES_WITHOUT_HOLIDAYS.includes(country);
  return !regionGiven || hasHolidayTable(country, region.trim().toUpperCase());
}

const NO_HOLIDAYS: ReadonlyMap<string, string> = new Map();

/** Date to name; empty for one of the COUNTRIES_WITHOUT_HOLIDAYS or a year outside holidayYears(). */
function holidaysOf(country: string, region: string | undefined, year: number): ReadonlyMap<string, string> {
  if (!hasHolidayTable(country)) return NO_HOLIDAYS;
  return publicHolidays(country, region, year) ?? NO_HOLIDAYS;
}

function parseDate(date: string): string {
  if (!DATE_RE.test(date) || !isCalendarDay(date))
    throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
  return date;
}

export function parseLocalTime(time: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(time);
  if (!m) throw new Error(`Invalid local time "${time}": expected HH:mm`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Throws on a zone the runtime (ICU) does not know, so a typo never silently becomes UTC. */
export function assertZone(zone: string): void {
  if (!isKnownZone(zone)) throw new Error(`Unknown IANA time zone "${zone}"`);
}

/**
 * The canonical `sendAt` string: ISO 8601 in `zone`, seconds shown, milliseconds dropped, numeric offset
 * (`2026-12-02T09:30:00-05:00`; `Z` only for the UTC zone itself).
 */
export function toSendAt(instant: Date, zone: string): string {
  assertZone(zone);
  return toOffsetIso(instant, zone);
}

/** Local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): string {
  assertZone(zone);
  const w = wallClockAt(instant, zone);
  return calendarDay(w.year, w.month, w.day);
}

/** The instant of a local date and time in a zone (DST gaps shift forward, repeated times are the first). */
export function instantAt(date: string, time: string, zone: string): Date {
  assertZone(zone);
  const d = calendarFields(parseDate(date));
  const t = parseLocalTime(time);
  return instantOf({ ...d, ...t }, zone);
}

/** What both a calendar and a send window are built on: the options, checked, and the day rule. */
interface CalendarBasis {
  country: string;
  start: { hour: number; minute: number };
  end: { hour: number; minute: number };
  startMin: number;
  endMin: number;
  days: ReadonlySet<IsoWeekday>;
  holidayOnDay(day: string): string | undefined;
  isBusinessDayOf(day: string): boolean;
}

function calendarBasis(options: BusinessCalendarOptions): CalendarBasis {
  const country = options.country.trim().toUpperCase();
  const region = options.region?.trim() ? options.region.trim().toUpperCase() : undefined;
  if (!isSupportedCountry(country, region)) {
    throw new Error(
      region
        ? `Unsupported country/region "${country}-${region}" for public holidays`
        : `Unsupported country "${country}" for public holidays`,
    );
  }
  const start = parseLocalTime(options.sendWindow.start);
  const end = parseLocalTime(options.sendWindow.end);
  const startMin = start.hour * 60 + start.minute;
  const endMin = end.hour * 60 + end.minute;
  if (endMin <= startMin) {
    throw new Error(
      `Send window must end after it starts (${options.sendWindow.start}-${options.sendWindow.end})`,
    );
  }
  const days = new Set<IsoWeekday>(options.sendWindow.days ?? countryWorkweek(country));
  if (days.size === 0) throw new Error("Send window has no days");

  // Days are valid "YYYY-MM-DD" strings from here on (parseDate or the calendar arithmetic made them).
  const holidayOnDay = (day: string): string | undefined =>
    options.observeHolidays ? holidaysOf(country, region, Number(day.slice(0, 4))).get(day) : undefined;
  const isBusinessDayOf = (day: string): boolean =>
    days.has(isoWeekdayOfDay(day)) && holidayOnDay(day) === undefined;
  return { country, start, end, startMin, endMin, days, holidayOnDay, isBusinessDayOf };
}

/** The part of a calendar a send needs: inside the window now, else the next slot (the sender's whole use). */
export type SendWindow = Pick<BusinessCalendar, "isInSendWindow" | "nextSendSlot">;

function sendWindowOf(basis: CalendarBasis): SendWindow {
  const { start, end, startMin, endMin, isBusinessDayOf } = basis;
  return {
    isInSendWindow(instant, zone) {
      assertZone(zone);
      const local = wallClockAt(instant, zone);
      const minutes = local.hour * 60 + local.minute;
      return (
        isBusinessDayOf(calendarDay(local.year, local.month, local.day)) &&
        minutes >= startMin &&
        minutes < endMin
      );
    },

    nextSendSlot(after, zone, preferredTime) {
      assertZone(zone);
      const preferred = parseLocalTime(preferredTime);
      const preferredMin = preferred.hour * 60 + preferred.minute;
      const slotTime = preferredMin >= startMin && preferredMin < endMin ? preferred : start;
      // Sends are planned to the minute: round a partial minute up so the slot is never before `after`.
      const afterMs = Math.ceil(after.getTime() / 60_000) * 60_000;
      const local = wallClockAt(afterMs, zone);
      let day = calendarDay(local.year, local.month, local.day);
      for (let i = 0; i <= MAX_DAYS_SEARCHED; i++, day = addCalendarDays(day, 1)) {
        if (!isBusinessDayOf(day)) continue;
        const fields = calendarFields(day);
        const at = (t: { hour: number; minute: number }) => instantOf({ ...fields, ...t }, zone).getTime();
        const slot = at(slotTime);
        if (slot >= afterMs) return new Date(slot);
        if (afterMs < at(end) && afterMs >= at(start)) return new Date(afterMs);
      }
      throw new Error("No send slot found in the send window");
    },
  };
}

/**
 * Only the send window of the calendar `createBusinessCalendar` builds from the same options (same checks,
 * same answers): what the sender calls, without the business-day arithmetic only the planner uses.
 */
export function createSendWindow(options: BusinessCalendarOptions): SendWindow {
  return sendWindowOf(calendarBasis(options));
}

export function createBusinessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
  const basis = calendarBasis(options);
  const { country, days, holidayOnDay, isBusinessDayOf } = basis;

  const step = (date: string, n: number, dir: 1 | -1): string => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Business-day count must be a whole number, got ${n}`);
    let day = parseDate(date);
    let searched = 0;
    const advance = () => {
      day = addCalendarDays(day, dir);
      if (++searched > MAX_DAYS_SEARCHED) throw new Error("No business day found in the send window");
    };
    if (n === 0) {
      while (!isBusinessDayOf(day)) advance();
      return day;
    }
    let left = n;
    while (left > 0) {
      advance();
      if (isBusinessDayOf(day)) left--;
    }
    return day;
  };

  const calendar: BusinessCalendar = {
    country,
    sendDays: [...days].sort((a, b) => a - b),
    countryWeekend: options.sendWindow.days ? undefined : countryWeekend(country),
    isBusinessDay: (date) => isBusinessDayOf(parseDate(date)),
    holidayOn: (date) => holidayOnDay(parseDate(date)),
    holidaysUnknownOn(date) {
      if (!options.observeHolidays || !hasHolidayTable(country)) return false;
      // A date outside the tables' years counts no public holiday, only the weekend: the caller says so.
      const year = Number(parseDate(date).slice(0, 4));
      const known = holidayYears();
      return year < known.first || year > known.last;
    },
    addBusinessDays: (date, n) => (n < 0 ? step(date, -n, -1) : step(date, n, 1)),
    subtractBusinessDays: (date, n) => (n < 0 ? step(date, -n, 1) : step(date, n, -1)),
    ...sendWindowOf(basis),
  };
  return calendar;
}
