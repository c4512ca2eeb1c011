import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isValidTimeZone, parseScheduleExpression } from "../../../local/scheduler/schedule-expression.js";

const pad = (v: number, width: number) => String(v).padStart(width, "0");
const at = (y: number, mo: number, d: number, h: number, mi: number, s: number) =>
  `at(${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)})`;

describe("parseScheduleExpression's at() calendar check", () => {
  it("takes exactly the date-times luxon takes, for any two-digit fields", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, mo, d, h, mi, s) => {
          const luxon = DateTime.fromObject(
            { year: y, month: mo, day: d, hour: h, minute: mi, second: s },
            { zone: "UTC" },
          ).isValid;
          expect(parseScheduleExpression(at(y, mo, d, h, mi, s)).ok).toBe(luxon);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("knows leap years, month lengths and the end of the day", () => {
    expect(parseScheduleExpression("at(2028-02-29T09:00:00)").ok).toBe(true);
    expect(parseScheduleExpression("at(2026-02-29T09:00:00)").ok).toBe(false);
    expect(parseScheduleExpression("at(2100-02-29T09:00:00)").ok).toBe(false);
    expect(parseScheduleExpression("at(2000-02-29T09:00:00)").ok).toBe(true);
    expect(parseScheduleExpression("at(2026-04-31T09:00:00)").ok).toBe(false);
    expect(parseScheduleExpression("at(2026-12-31T24:00:00)").ok).toBe(true);
    expect(parseScheduleExpression("at(2026-12-31T24:00:01)").ok).toBe(false);
    expect(parseScheduleExpression("at(2026-12-31T23:60:00)").ok).toBe(false);
    expect(parseScheduleExpression("at(2026-12-31T23:59:60)").ok).toBe(false);
  });
});

describe("isValidTimeZone, remembered per zone", () => {
  it("answers the same the second time, for real zones and made-up ones", () => {
    for (const zone of ["America/New_York", "Asia/Kolkata", "UTC", "Mars/Olympus", "", "America/New_York"]) {
      const first = isValidTimeZone(zone);
      expect(isValidTimeZone(zone)).toBe(first);
    }
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
