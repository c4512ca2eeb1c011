import fc from "fast-check";
import { IANAZone, DateTime as Luxon, Settings } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { instantOf, isKnownZone, isoWeekdayOf, wallClockAt } from "../../../../shared/domain/wall-clock.js";

/**
 * wall-clock.ts replaced luxon in the Lambdas: it must read and place wall-clock times exactly as luxon did,
 * in every zone the runtime knows, 1970-2100, around DST changes above all. luxon stays a devDependency for
 * these comparisons only.
 */
const RUNS = 1500;
const ZONES = Intl.supportedValuesOf("timeZone");
const zone = fc.constantFrom(...ZONES, "UTC", "Etc/UTC", "Australia/Lord_Howe", "Pacific/Chatham");
const FIRST = Date.UTC(1970, 0, 1);
const LAST = Date.UTC(2100, 11, 31);
// Any millisecond, and whole quarter hours, where DST changes happen.
const instant = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc.integer({ min: FIRST / 900_000, max: LAST / 900_000 }).map((n) => n * 900_000),
);

/**
 * luxon's answer for a local time, with its guess of the offset pinned to the one in force a day and a
 * half before: luxon otherwise guesses with the zone's offset at the moment the code runs, so that a time
 * repeated by a fall-back was the second occurrence in winter and the first in summer. Pinned, luxon gives
 * the first occurrence; our rule (RFC 5545, Temporal `compatible`) always does.
 */
function luxonInstant(fields: Parameters<typeof instantOf>[0], zone: string): number {
  const { year, month, day, hour = 0, minute = 0 } = fields;
  const approx = Date.UTC(year, month - 1, day, hour, minute);
  Settings.now = () => approx - 36 * 3_600_000;
  return Luxon.fromObject(fields, { zone }).toMillis();
}

afterEach(() => {
  Settings.now = () => Date.now();
});

describe("wallClockAt, against luxon", () => {
  it("reads the calendar fields, ISO weekday and offset of any instant in any zone", () => {
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        const theirs = Luxon.fromMillis(ms, { zone: z });
        expect(wallClockAt(ms, z)).toEqual({
          year: theirs.year,
          month: theirs.month,
          day: theirs.day,
          hour: theirs.hour,
          minute: theirs.minute,
          second: theirs.second,
          millisecond: theirs.millisecond,
          weekday: theirs.weekday,
          offsetMinutes: theirs.offset,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses instants it cannot read right instead of answering a wrong year or throwing deep in Intl", () => {
    const outside = [
      Number.NaN,
      Date.parse("0000-12-31T10:00:00Z"), // Intl reads year 1 BC as "1" (era dropped)
      Date.parse("+010000-01-01T00:00:00Z"), // a five-digit year
      8.64e15 + 1, // no Date at all
    ];
    for (const ms of outside) {
      expect(() => wallClockAt(ms, "America/New_York")).toThrow(/outside years 0001-9999/);
      expect(() => wallClockAt(new Date(ms), "UTC")).toThrow(RangeError);
    }
    expect(wallClockAt(Date.parse("0001-01-02T00:00:00Z"), "UTC").year).toBe(1);
    expect(() => wallClockAt(Date.parse("0001-01-02T00:00:00Z") - 1, "UTC")).toThrow(RangeError);
    expect(wallClockAt(Date.parse("9999-12-30T00:00:00Z"), "UTC").year).toBe(9999);
    expect(() => wallClockAt(Date.parse("9999-12-30T00:00:00Z") + 1, "UTC")).toThrow(RangeError);
    expect(wallClockAt(Date.parse("9999-12-29T12:00:00Z"), "Pacific/Kiritimati")).toMatchObject({
      year: 9999,
      month: 12,
      day: 30,
    });
  });

  it("throws on a zone the runtime does not know, as luxon calls it invalid", () => {
    for (const z of ["Not/A_Zone", "America/New_Yrok", "", "Mars/Olympus_Mons"]) {
      expect(isKnownZone(z)).toBe(false);
      expect(Luxon.now().setZone(z).isValid).toBe(false);
      expect(() => wallClockAt(0, z)).toThrow(/Unknown IANA time zone/);
      expect(() => instantOf({ year: 2026, month: 1, day: 1 }, z)).toThrow(/Unknown IANA time zone/);
    }
  });

  it("knows exactly the zones luxon knows by their IANA names, in any case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.boolean(), (z, lower) => {
        const name = lower ? z.toLowerCase() : z;
        expect(isKnownZone(name)).toBe(IANAZone.isValidZone(name));
      }),
      { numRuns: 300 },
    );
  });
});

describe("instantOf, against luxon", () => {
  const local = fc.record({
    year: fc.integer({ min: 1970, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 45, 59),
  });

  it("places any local time of any zone", () => {
    fc.assert(
      fc.property(local, zone, (l, z) => {
        expect(instantOf(l, z).getTime()).toBe(luxonInstant(l, z));
      }),
      { numRuns: RUNS },
    );
  });

  it("places the local times around every offset change of a zone in a year (gaps forward, repeats first)", () => {
    let changes = 0;
    fc.assert(
      fc.property(zone, fc.integer({ min: 1970, max: 2100 }), (z, year) => {
        // Offset changes of that year, found every 6 hours then to the quarter hour (all known changes
        // fall on one).
        let before = wallClockAt(Date.UTC(year, 0, 1), z).offsetMinutes;
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 6 * 3_600_000) {
          const offset = wallClockAt(t + 6 * 3_600_000, z).offsetMinutes;
          if (offset === before) continue;
          before = offset;
          changes++;
          for (let m = -6 * 60; m <= 12 * 60; m += 15) {
            const w = wallClockAt(t + m * 60_000, z);
            const fields = { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute };
            expect(instantOf(fields, z).getTime(), `${z} ${JSON.stringify(fields)}`).toBe(
              luxonInstant(fields, z),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
    // Most drawn zone-years have DST; the walk must have met changes to test anything.
    expect(changes).toBeGreaterThan(30);
  });

  it("moves a time a DST change skips forward by the gap and takes the first of a repeated time", () => {
    const ny = "America/New_York";
    // 2026-03-08 02:30 does not exist in New York: 03:30 EDT.
    expect(instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, ny).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    // 2026-11-01 01:30 happens twice: the first is EDT (-04:00).
    expect(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, ny).toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    // Lord Howe changes by half an hour: 01:45 on 2026-04-05 is first at +11:00.
    expect(
      instantOf({ year: 2026, month: 4, day: 5, hour: 1, minute: 45 }, "Australia/Lord_Howe").toISOString(),
    ).toBe("2026-04-04T14:45:00.000Z");
  });

  it("refuses fields that name no date or time", () => {
    for (const bad of [
      { year: 2026, month: 2, day: 29 },
      { year: 2026, month: 13, day: 1 },
      { year: 2026, month: 1, day: 1, minute: 60 },
    ]) {
      expect(() => instantOf(bad, "Europe/Berlin"), JSON.stringify(bad)).toThrow(/No such local time/);
      expect(Luxon.fromObject(bad, { zone: "Europe/Berlin" }).isValid).toBe(false);
    }
    // luxon threw on NaN.
    expect(() => instantOf({ year: 2026, month: 1, day: Number.NaN }, "UTC")).toThrow(/No such local time/);
    // luxon read 24:00 as the next midnight; no caller writes it, and a day has no 24th hour here.
    expect(() => instantOf({ year: 2026, month: 1, day: 1, hour: 24 }, "UTC")).toThrow(/No such local time/);
  });
});

describe("remembered conversions", () => {
  it("answer a repeated question as the first time, whatever the caller did with the first answer", () => {
    const fields = { year: 2026, month: 3, day: 8, hour: 2, minute: 30 };
    const first = instantOf(fields, "America/New_York");
    first.setTime(0);
    expect(instantOf(fields, "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    const clock = wallClockAt(Date.UTC(2026, 10, 1, 5, 30), "America/New_York");
    expect(() => {
      (clock as { hour: number }).hour = 9;
    }).toThrow(TypeError);
    expect(wallClockAt(Date.UTC(2026, 10, 1, 5, 30), "America/New_York").hour).toBe(1);
  });

  it("stay luxon's answers when asked again and again, past the bound that empties them", () => {
    const asked: [number, string][] = [];
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        asked.push([ms, z]);
        for (const [m, zz] of asked.slice(-3)) {
          expect(wallClockAt(m, zz).offsetMinutes).toBe(Luxon.fromMillis(m, { zone: zz }).offset);
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe("isoWeekdayOf", () => {
  it("is luxon's weekday of the date", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (ms) => {
        const d = Luxon.fromMillis(ms, { zone: "UTC" });
        expect(isoWeekdayOf(d.year, d.month, d.day)).toBe(d.weekday);
      }),
      { numRuns: RUNS },
    );
  });
});
