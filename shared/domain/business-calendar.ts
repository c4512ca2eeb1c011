import { countryWeekend, countryWorkweek } from "./country-weekend.js";
import { DateTime } from "./date-time.js";
import { HOLIDAY_YEARS, hasHolidayTable, publicHolidays } from "./holiday-source.js";
import type { IsoWeekday, PlannerSettings } from "./planner-settings.js";

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
   * True when holidays are observed but none are known for that date's year (outside PUBLIC_HOLIDAY_YEARS):
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
 * Countries date-holidays has no rules for whose weekend is not Saturday-Sunday (CLDR): refusing them would
 * turn away exactly the candidates and contacts a per-country weekend is for, so they are supported with
 * their weekend only and no public holidays (and no regions). Should date-holidays add one, its holidays
 * apply from then on (after `npm run generate:holidays`).
 */
export const WEEKEND_ONLY_COUNTRIES: readonly string[] = ["AF", "IQ", "JO", "KW", "OM", "QA", "SY", "YE"];

/**
 * Public holidays are known for these years, both included (the tables generated from date-holidays:
 * holiday-tables/). A date outside them counts no public holiday, only the weekend, and
 * `holidaysUnknownOn` says so.
 */
export const PUBLIC_HOLIDAY_YEARS: { readonly first: number; readonly last: number } = HOLIDAY_YEARS;

/**
 * Whether this country (ISO 3166-1 alpha-2) is supported: date-holidays knows it and, when given, this
 * subdivision of it (any case); or it is one of the WEEKEND_ONLY_COUNTRIES (with no subdivision).
 */
export function isSupportedCountry(code: string, region?: string): boolean {
  const country = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return false;
  const regionGiven = region !== undefined && region.trim() !== "";
  if (!hasHolidayTable(country)) return !regionGiven && WEEKEND_ONLY_COUNTRIES.includes(country);
  return !regionGiven || hasHolidayTable(country, region.trim().toUpperCase());
}

const NO_HOLIDAYS: ReadonlyMap<string, string> = new Map();

/** Date to name; empty for one of the WEEKEND_ONLY_COUNTRIES or a year outside PUBLIC_HOLIDAY_YEARS. */
function holidaysOf(country: string, region: string | undefined, year: number): ReadonlyMap<string, string> {
  if (!hasHolidayTable(country)) return NO_HOLIDAYS;
  return publicHolidays(country, region, year) ?? NO_HOLIDAYS;
}

function parseDate(date: string): DateTime {
  const dt = DATE_RE.test(date) ? DateTime.fromISO(date, { zone: "UTC" }) : undefined;
  if (!dt?.isValid) throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
  return dt;
}

export function parseLocalTime(time: string): { hour: number; minute: number } {
  const m = TIME_RE.exec(time);
  if (!m) throw new Error(`Invalid local time "${time}": expected HH:mm`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Throws on a zone the runtime (ICU) does not know, so a typo never silently becomes UTC. */
export function assertZone(zone: string): void {
  if (!DateTime.now().setZone(zone).isValid) throw new Error(`Unknown IANA time zone "${zone}"`);
}

function toDateString(dt: DateTime): string {
  // A valid DateTime always has an ISO date; the fallback only satisfies the type.
  return dt.toISODate() ?? "";
}

/**
 * The canonical `sendAt` string: ISO 8601 in `zone`, seconds shown, milliseconds dropped, numeric offset
 * (`2026-12-02T09:30:00-05:00`; `Z` only for the UTC zone itself).
 */
export function toSendAt(instant: Date, zone: string): string {
  assertZone(zone);
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
}

/** Local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): string {
  assertZone(zone);
  return toDateString(DateTime.fromJSDate(instant, { zone }));
}

/** The instant of a local date and time in a zone (DST gaps shift forward). */
export function instantAt(date: string, time: string, zone: string): Date {
  assertZone(zone);
  const d = parseDate(date);
  const t = parseLocalTime(time);
  return DateTime.fromObject({ year: d.year, month: d.month, day: d.day, ...t }, { zone }).toJSDate();
}

export function createBusinessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
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
  const ownDays = options.sendWindow.days;
  const days = new Set<IsoWeekday>(ownDays ?? countryWorkweek(country));
  if (days.size === 0) throw new Error("Send window has no days");

  const holidayOnDt = (dt: DateTime): string | undefined =>
    options.observeHolidays ? holidaysOf(country, region, dt.year).get(toDateString(dt)) : undefined;
  const isBusinessDt = (dt: DateTime): boolean =>
    days.has(dt.weekday as IsoWeekday) && holidayOnDt(dt) === undefined;

  const step = (date: string, n: number, dir: 1 | -1): string => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`Business-day count must be a whole number, got ${n}`);
    let dt = parseDate(date);
    let searched = 0;
    const advance = () => {
      dt = dt.plus({ days: dir });
      if (++searched > MAX_DAYS_SEARCHED) throw new Error("No business day found in the send window");
    };
    if (n === 0) {
      while (!isBusinessDt(dt)) advance();
      return toDateString(dt);
    }
    let left = n;
    while (left > 0) {
      advance();
      if (isBusinessDt(dt)) left--;
    }
    return toDateString(dt);
  };

  const calendar: BusinessCalendar = {
    country,
    sendDays: [...days].sort((a, b) => a - b),
    countryWeekend: ownDays ? undefined : countryWeekend(country),
    isBusinessDay: (date) => isBusinessDt(parseDate(date)),
    holidayOn: (date) => holidayOnDt(parseDate(date)),
    holidaysUnknownOn(date) {
      const { year } = parseDate(date);
      const outside = year < PUBLIC_HOLIDAY_YEARS.first || year > PUBLIC_HOLIDAY_YEARS.last;
      return options.observeHolidays && hasHolidayTable(country) && outside;
    },
    addBusinessDays: (date, n) => (n < 0 ? step(date, -n, -1) : step(date, n, 1)),
    subtractBusinessDays: (date, n) => (n < 0 ? step(date, -n, 1) : step(date, n, -1)),

    isInSendWindow(instant, zone) {
      assertZone(zone);
      const local = DateTime.fromJSDate(instant, { zone });
      const minutes = local.hour * 60 + local.minute;
      const date = DateTime.fromObject(
        { year: local.year, month: local.month, day: local.day },
        { zone: "UTC" },
      );
      return isBusinessDt(date) && minutes >= startMin && minutes < endMin;
    },

    nextSendSlot(after, zone, preferredTime) {
      assertZone(zone);
      const preferred = parseLocalTime(preferredTime);
      const preferredMin = preferred.hour * 60 + preferred.minute;
      const slotTime = preferredMin >= startMin && preferredMin < endMin ? preferred : start;
      // Sends are planned to the minute: round a partial minute up so the slot is never before `after`.
      const afterMs = Math.ceil(after.getTime() / 60_000) * 60_000;
      const local = DateTime.fromMillis(afterMs, { zone });
      let day = DateTime.fromObject(
        { year: local.year, month: local.month, day: local.day },
        { zone: "UTC" },
      );
      for (let i = 0; i <= MAX_DAYS_SEARCHED; i++, day = day.plus({ days: 1 })) {
        if (!isBusinessDt(day)) continue;
        const at = (t: { hour: number; minute: number }) =>
          DateTime.fromObject({ year: day.year, month: day.month, day: day.day, ...t }, { zone }).toMillis();
        const slot = at(slotTime);
        if (slot >= afterMs) return new Date(slot);
        if (afterMs < at(end) && afterMs >= at(start)) return new Date(afterMs);
      }
      throw new Error("No send slot found in the send window");
    },
  };
  return calendar;
}
