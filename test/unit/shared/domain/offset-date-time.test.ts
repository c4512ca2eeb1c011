import fc from "fast-check";
import { DateTime as Luxon, Settings } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { parseOffsetDateTime, readInstant, toOffsetIso } from "../../../../shared/domain/offset-date-time.js";

/** offset-date-time.ts replaced luxon's fromISO and toISO in the Lambdas: the same answers, 1970-2100. */
const RUNS = 1500;
const ZONES = Intl.supportedValuesOf("timeZone");
const zone = fc.constantFrom(...ZONES, "UTC", "Etc/UTC", "GMT", "utc");
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) }),
  fc
    .integer({ min: Date.UTC(1970, 0, 1) / 900_000, max: Date.UTC(2100, 11, 31) / 900_000 })
    .map((n) => n * 900_000),
);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Date-times as the API's schema and our own writers produce them, and near misses. */
const written = fc
  .record({
    year: fc.integer({ min: 1970, max: 2100 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.constantFrom("", ".5", ".123", ".123456789", ".99999999999999"),
    shape: fc.constantFrom("minute", "second", "fraction"),
    // West of UTC with minutes too: Newfoundland's -03:30 and -02:30, the Marquesas' -09:30.
    offset: fc.constantFrom(
      ...["Z", "z", "+05:30", "-03:00", "+0100", "-08", "+14:00", "-00:00", "+23:59", ""],
      ...["-03:30", "-0230", "-09:30", "-00:30", "-23:59"],
    ),
  })
  .map((f) => {
    const date = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
    const time =
      f.shape === "minute"
        ? `${pad(f.hour)}:${pad(f.minute)}`
        : `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${f.shape === "fraction" ? f.fraction : ""}`;
    return `${date}T${time}${f.offset}`;
  });

afterEach(() => {
  Settings.now = () => Date.now();
});

describe("parseOffsetDateTime, against luxon's fromISO with setZone", () => {
  it("reads the instant, the offset and the year as written, and refuses what luxon refuses", () => {
    fc.assert(
      fc.property(written, (text) => {
        const theirs = Luxon.fromISO(text, { setZone: true });
        const ours = parseOffsetDateTime(text);
        const hasOffset = /([zZ]|[+-]\d{2}(:?\d{2})?)$/.test(text);
        // 24:00 is luxon's next midnight; the API's schema refuses it, and so do we.
        if (!hasOffset || !theirs.isValid || /T24:/.test(text)) {
          if (!hasOffset || !theirs.isValid) expect(ours, text).toBeUndefined();
          return;
        }
        expect(ours, text).toEqual({
          instant: theirs.toJSDate(),
          offsetMinutes: theirs.offset,
          year: theirs.year,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("reads an offset west of UTC with minutes as all of it west (Newfoundland, the Marquesas)", () => {
    // @internationalized/date's parseAbsolute added the minutes back: -03:30 read as -02:30, an hour late.
    expect(parseOffsetDateTime("2026-12-01T14:00:00-03:30")).toEqual({
      instant: new Date("2026-12-01T17:30:00Z"),
      offsetMinutes: -210,
      year: 2026,
    });
    expect(parseOffsetDateTime("2026-12-01T14:00-0930")?.instant).toEqual(new Date("2026-12-01T23:30:00Z"));
    expect(parseOffsetDateTime("2026-12-01T14:00-00:30")?.offsetMinutes).toBe(-30);
  });

  it("refuses what is not an extended ISO 8601 date-time with an offset", () => {
    for (const bad of [
      "2026-12-01",
      "2026-12-01T14:00",
      "20261201T140000Z",
      "2026-12-01 14:00Z",
      "2026-12-00T14:00Z",
      "2026-02-29T14:00Z",
      "2026-12-01T14:00+24:00",
      "2026-12-01T14:00:00Zjunk",
      "",
    ]) {
      expect(parseOffsetDateTime(bad), bad).toBeUndefined();
    }
  });
});

describe("readInstant, against luxon's fromISO in a zone", () => {
  it("reads a date-time with an offset as that instant, and one without in the zone", () => {
    fc.assert(
      fc.property(written, zone, (text, z) => {
        const theirs = Luxon.fromISO(text, { zone: z });
        const ours = readInstant(text, z);
        if (!theirs.isValid || /T24:/.test(text)) {
          if (!theirs.isValid) expect(ours, text).toBeUndefined();
          return;
        }
        // luxon guesses a repeated local time's offset from today's; pin it as wall-clock.test.ts explains.
        if (!/([zZ]|[+-]\d{2}(:?\d{2})?)$/.test(text)) {
          Settings.now = () => theirs.toMillis() - 36 * 3_600_000;
          expect(ours?.getTime(), text).toBe(Luxon.fromISO(text, { zone: z }).toMillis());
        } else {
          expect(ours?.getTime(), text).toBe(theirs.toMillis());
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("toOffsetIso, against luxon's toISO", () => {
  it("writes any instant in any zone as luxon did, milliseconds only when there are some", () => {
    fc.assert(
      fc.property(instant, zone, fc.constantFrom(0, 0, 7, 999), (ms, z, extra) => {
        const at = new Date(ms + extra);
        expect(toOffsetIso(at, z)).toBe(
          Luxon.fromJSDate(at, { zone: z }).toISO({ suppressMilliseconds: true }),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
