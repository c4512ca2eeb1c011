import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localTimeToIso } from "../../../web/src/local-time-to-iso.js";

/** `2026-12-01T14:00`: the wall-clock time of `ms` in `timeZone`, as a datetime-local field holds it. */
function wallClock(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

describe("localTimeToIso", () => {
  it("writes a wall-clock time with the zone's offset on that date", () => {
    expect(localTimeToIso("2026-12-01T14:00", "America/New_York")).toBe("2026-12-01T14:00:00-05:00");
    expect(localTimeToIso("2026-07-01T14:00", "America/New_York")).toBe("2026-07-01T14:00:00-04:00");
    expect(localTimeToIso("2026-12-01T09:30", "Asia/Kolkata")).toBe("2026-12-01T09:30:00+05:30");
    expect(localTimeToIso("2026-12-01T09:30", "UTC")).toBe("2026-12-01T09:30:00+00:00");
    // 01:30 happens twice when New York falls back: either reading names 01:30 local.
    expect(localTimeToIso("2026-11-01T01:30", "America/New_York")).toMatch(/^2026-11-01T01:30:00-0[45]:00$/);
  });

  it("moves a time a DST change skips forward by the gap, in either hemisphere, as the planner does", () => {
    // Before, New York's 02:30 on its spring-forward night read as 01:30 EST (an hour back) while Sydney's
    // moved forward: the guessed offset was taken from the wrong side of the change.
    expect(localTimeToIso("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T03:30:00-04:00");
    expect(localTimeToIso("2026-10-04T02:30", "Australia/Sydney")).toBe("2026-10-04T03:30:00+11:00");
  });

  it("answers undefined for an empty or malformed field, or an unknown zone", () => {
    expect(localTimeToIso("", "UTC")).toBeUndefined();
    expect(localTimeToIso("2026-12-01", "UTC")).toBeUndefined();
    expect(localTimeToIso("2026-12-01T14:00", "Mars/Olympus")).toBeUndefined();
  });

  it("names the same wall-clock time in the zone, for any minute and zone (across DST changes too)", () => {
    const zones = [
      "America/New_York",
      "Europe/Berlin",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "America/Sao_Paulo",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const wall = wallClock(minute * 60_000, zone);
          const iso = localTimeToIso(wall, zone);
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
          expect(wallClock(Date.parse(iso ?? ""), zone)).toBe(wall);
        },
      ),
      { numRuns: 300 },
    );
  });
});
