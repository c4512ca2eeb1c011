import fc from "fast-check";
import { DateTime as Luxon } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDay,
  calendarDaysBetween,
  calendarFields,
  isCalendarDay,
  isoWeekdayOfDay,
  lastDayOfMonth,
} from "../../../../shared/domain/calendar-day.js";

/** calendar-day.ts replaced luxon's UTC DateTimes for plain days: the same answers, 1970-2100. */
const RUNS = 1000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const day = fc
  .integer({ min: Date.UTC(1970, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const luxon = (d: string) => Luxon.fromISO(d, { zone: "UTC" });

describe("calendar days, against luxon", () => {
  it("adds days and months (a month later keeps the day or takes the month's last)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), fc.integer({ min: -40, max: 40 }), (d, n, m) => {
        expect(addCalendarDays(d, n)).toBe(luxon(d).plus({ days: n }).toISODate());
        expect(addCalendarMonths(d, m)).toBe(luxon(d).plus({ months: m }).toISODate());
      }),
      { numRuns: RUNS },
    );
  });

  it("tells the weekday, the month's last day and the days between two days", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(isoWeekdayOfDay(a)).toBe(luxon(a).weekday);
        expect(lastDayOfMonth(a)).toBe(luxon(a).endOf("month").toISODate());
        expect(calendarDaysBetween(a, b)).toBe(luxon(b).diff(luxon(a), "days").days);
        expect(calendarFields(a)).toEqual({ year: luxon(a).year, month: luxon(a).month, day: luxon(a).day });
      }),
      { numRuns: RUNS },
    );
  });

  it("takes exactly the YYYY-MM-DD strings luxon takes as real days", () => {
    const written = fc
      .record({
        year: fc.integer({ min: 1, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
      })
      .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);
    fc.assert(
      fc.property(written, (d) => {
        expect(isCalendarDay(d)).toBe(luxon(d).isValid);
      }),
      { numRuns: RUNS },
    );
    for (const bad of [
      "2026-2-01",
      "2026-02-1",
      "20260201",
      "2026-02-01T00:00",
      " 2026-02-01",
      "",
      "0000-01-01",
    ]) {
      expect(isCalendarDay(bad), bad).toBe(false);
      expect(() => addCalendarDays(bad, 1), bad).toThrow(/Invalid date/);
    }
  });

  it("writes the day of real fields and refuses others", () => {
    expect(calendarDay(2028, 2, 29)).toBe("2028-02-29");
    expect(calendarDay(987, 6, 5)).toBe("0987-06-05");
    expect(() => calendarDay(2026, 2, 29)).toThrow(/No such date/);
    expect(() => calendarDay(2026, 13, 1)).toThrow(/No such date/);
  });
});
