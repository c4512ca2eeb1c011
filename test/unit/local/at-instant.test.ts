import { describe, expect, it } from "vitest";
import { atInstant } from "../../../local/scheduler/schedule-expression.js";

describe("atInstant: the instant an at() wall-clock time names in its zone", () => {
  it("reads an ordinary time, and 24:00:00 as the next day's midnight", () => {
    expect(atInstant("2026-12-01T09:30:00", "America/New_York").toISOString()).toBe(
      "2026-12-01T14:30:00.000Z",
    );
    expect(atInstant("2026-12-31T24:00:00", "Europe/Berlin").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("moves a time a DST change skips forward by the gap and takes the first of a repeated time", () => {
    expect(atInstant("2026-03-08T02:30:00", "America/New_York").toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(atInstant("2026-11-01T01:30:00", "America/New_York").toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(atInstant("2026-10-25T02:30:00", "Europe/Berlin").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses a time that names no day or a zone the runtime does not know", () => {
    expect(() => atInstant("2026-02-30T09:00:00", "UTC")).toThrow(/invalid at\(\) time/);
    expect(() => atInstant("2026-12-01T09:00:00", "Not/A_Zone")).toThrow(/invalid at\(\) time/);
    expect(() => atInstant("2026-12-01 09:00:00", "UTC")).toThrow(/invalid at\(\) time/);
  });
});
