import fc from "fast-check";
import { DateTime as Luxon } from "luxon";
import { describe, expect, it } from "vitest";
import { DateTime, diffInDays, endOf } from "../../../../shared/domain/date-time.js";

/**
 * shared/domain/date-time.ts stands in for luxon in the Lambdas: every operation the service uses must
 * answer as luxon does, around DST changes above all. Each property draws instants, zones and local times
 * and compares the two libraries' answers.
 */
const RUNS = 2000;

// Zones with DST both ways, half-hour and 45-minute offsets, a dateline jump, southern summers, no DST.
const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/Havana",
  "America/St_Johns",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Dublin",
  "Europe/Moscow",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Asia/Tehran",
  "Asia/Beirut",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Australia/Adelaide",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Pacific/Kiritimati",
  "Africa/Casablanca",
  "Etc/UTC",
  "UTC",
  "utc",
  "GMT",
  "UTC+5",
  "UTC-3:30",
  "Not/A_Zone",
  "",
];
const SOME_ZONES = [...ZONES, ...Intl.supportedValuesOf("timeZone").filter((_, i) => i % 7 === 0)];

const zone = fc.constantFrom(...SOME_ZONES);
// 1990-2045, with extra weight on whole and half hours, where DST changes happen.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 0, 1) }),
  fc
    .integer({ min: Date.UTC(1990, 0, 1) / 1_800_000, max: Date.UTC(2045, 0, 1) / 1_800_000 })
    .map((n) => n * 1_800_000),
);
const local = fc.record({
  year: fc.integer({ min: 1995, max: 2040 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.constantFrom(0, 15, 30, 45, 59),
});

/** What a DateTime shows of itself, the same fields on both sides. */
function seen(dt: DateTime | Luxon) {
  return {
    valid: dt.isValid,
    ms: dt.toMillis(),
    iso: dt.toISO({ suppressMilliseconds: true }),
    isoMs: dt.toISO(),
    date: dt.toISODate(),
    fields: [dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.weekday, dt.offset],
    formats: [
      "cccc d LLL yyyy 'at' HH:mm",
      "ccc d LLL yyyy HH:mm",
      "ccc d LLL yyyy, HH:mm",
      "d LLL yyyy",
      "cccc d LLLL 'at' HH:mm",
      "cccc d LLL",
      "cccc",
      "HH:mm",
      "yyyy-MM-dd'T'HH:mm:ss",
    ].map((f) => dt.toFormat(f)),
  };
}

const ours = (dt: DateTime) => seen(dt);
const theirs = (dt: Luxon) => seen(dt);

describe("DateTime, against luxon", () => {
  it("reads an instant in a zone (fromMillis, fromJSDate)", () => {
    fc.assert(
      fc.property(instant, zone, (ms, z) => {
        expect(ours(DateTime.fromMillis(ms, { zone: z }))).toEqual(theirs(Luxon.fromMillis(ms, { zone: z })));
        expect(ours(DateTime.fromJSDate(new Date(ms), { zone: z }))).toEqual(
          theirs(Luxon.fromJSDate(new Date(ms), { zone: z })),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("places a local time in a zone, DST gaps and overlaps included (fromObject)", () => {
    fc.assert(
      fc.property(local, zone, fc.boolean(), (l, z, withTime) => {
        const values = withTime ? l : { year: l.year, month: l.month, day: l.day };
        expect(ours(DateTime.fromObject(values, { zone: z }))).toEqual(
          theirs(Luxon.fromObject(values, { zone: z })),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("places the local times of every DST change of a zone", () => {
    let tried = 0;
    for (const z of ZONES.slice(0, 22)) {
      // Find each change (a day whose offset differs from the next, then its hour), then try the local
      // times around it.
      const changes: number[] = [];
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
        if (
          Luxon.fromMillis(day, { zone: z }).offset === Luxon.fromMillis(day + 86_400_000, { zone: z }).offset
        )
          continue;
        for (let t = day; t < day + 86_400_000; t += 3_600_000) {
          const now = Luxon.fromMillis(t, { zone: z }).offset;
          if (now !== Luxon.fromMillis(t + 3_600_000, { zone: z }).offset) changes.push(t);
        }
      }
      tried += changes.length;
      for (const t of changes) {
        const before = Luxon.fromMillis(t, { zone: z });
        for (let m = -120; m <= 120; m += 15) {
          const at = before.plus({ minutes: m });
          const values = { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute };
          expect(ours(DateTime.fromObject(values, { zone: z })), `${z} ${JSON.stringify(values)}`).toEqual(
            theirs(Luxon.fromObject(values, { zone: z })),
          );
        }
      }
    }
    // New York, Los Angeles, Santiago, Havana, St Johns, London, Berlin, Dublin, Beirut, Sydney, Lord Howe,
    // Adelaide, Chatham: two changes a year each.
    expect(tried).toBeGreaterThanOrEqual(40);
  });

  it("parses ISO 8601 dates and date-times, with or without an offset (fromISO)", () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    const iso = fc
      .record({
        l: local,
        second: fc.integer({ min: 0, max: 59 }),
        ms: fc.constantFrom("", ".5", ".123", ",25", ".123456789"),
        shape: fc.constantFrom("date", "minute", "second", "basic", "month", "year"),
        offset: fc.constantFrom("", "Z", "z", "+05:30", "-03:00", "+0100", "-08", "+14:00", "-00:00"),
        junk: fc.constantFrom("", "", "", "x", " ", "T"),
      })
      .map(({ l, second, ms, shape, offset, junk }) => {
        const date = `${l.year}-${pad(l.month)}-${pad(l.day)}`;
        const time = `${pad(l.hour)}:${pad(l.minute)}`;
        const text =
          shape === "date"
            ? date
            : shape === "month"
              ? `${l.year}-${pad(l.month)}`
              : shape === "year"
                ? `${l.year}`
                : shape === "minute"
                  ? `${date}T${time}${offset}`
                  : shape === "second"
                    ? `${date}T${time}:${pad(second)}${ms}${offset}`
                    : `${date.replaceAll("-", "")}T${time.replace(":", "")}${pad(second)}${offset}`;
        return text + junk;
      });
    fc.assert(
      fc.property(iso, zone, fc.boolean(), (text, z, setZone) => {
        expect(ours(DateTime.fromISO(text, { zone: z })), text).toEqual(
          theirs(Luxon.fromISO(text, { zone: z })),
        );
        if (setZone) {
          expect(ours(DateTime.fromISO(text, { setZone: true }))).toEqual(
            theirs(Luxon.fromISO(text, { setZone: true })),
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("adds and subtracts days, weeks, months and years in local calendar terms (plus, minus)", () => {
    const duration = fc.record(
      {
        days: fc.integer({ min: -400, max: 400 }),
        weeks: fc.integer({ min: -10, max: 10 }),
        months: fc.integer({ min: -30, max: 30 }),
        years: fc.integer({ min: -3, max: 3 }),
        hours: fc.integer({ min: -48, max: 48 }),
        milliseconds: fc.integer({ min: -5, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(instant, zone, duration, (ms, z, d) => {
        const a = DateTime.fromMillis(ms, { zone: z });
        const b = Luxon.fromMillis(ms, { zone: z });
        expect(ours(a.plus(d))).toEqual(theirs(b.plus(d)));
        expect(ours(a.minus(d))).toEqual(theirs(b.minus(d)));
      }),
      { numRuns: RUNS },
    );
  });

  it("moves to the start and end of a day, month or year, and sets fields (startOf, endOf, set)", () => {
    const unit = fc.constantFrom("day" as const, "month" as const, "year" as const);
    fc.assert(
      fc.property(instant, zone, unit, fc.integer({ min: 1, max: 31 }), (ms, z, u, day) => {
        const a = DateTime.fromMillis(ms, { zone: z });
        const b = Luxon.fromMillis(ms, { zone: z });
        expect(ours(a.startOf(u))).toEqual(theirs(b.startOf(u)));
        expect(ours(endOf(a, u))).toEqual(theirs(b.endOf(u)));
        expect(ours(a.set({ day }))).toEqual(theirs(b.set({ day })));
        expect(ours(a.set({ month: 2 }))).toEqual(theirs(b.set({ month: 2 })));
      }),
      { numRuns: RUNS },
    );
  });

  it("counts the days between two times, fractions included (diff)", () => {
    fc.assert(
      fc.property(instant, instant, zone, fc.boolean(), (x, y, z, midnights) => {
        const [a, b] = midnights
          ? [
              DateTime.fromMillis(x, { zone: z }).startOf("day"),
              DateTime.fromMillis(y, { zone: z }).startOf("day"),
            ]
          : [DateTime.fromMillis(x, { zone: z }), DateTime.fromMillis(y, { zone: z })];
        const [c, d] = midnights
          ? [Luxon.fromMillis(x, { zone: z }).startOf("day"), Luxon.fromMillis(y, { zone: z }).startOf("day")]
          : [Luxon.fromMillis(x, { zone: z }), Luxon.fromMillis(y, { zone: z })];
        const ourDays = diffInDays(a, b);
        const theirDays = c.diff(d, "days").days;
        if (Number.isNaN(theirDays)) expect(ourDays).toBeNaN();
        else expect(ourDays).toBeCloseTo(theirDays, 9);
      }),
      { numRuns: RUNS },
    );
  });

  it("changes zone and tells a valid zone from an unknown one (setZone, now)", () => {
    fc.assert(
      fc.property(instant, zone, zone, (ms, from, to) => {
        expect(ours(DateTime.fromMillis(ms, { zone: from }).setZone(to))).toEqual(
          theirs(Luxon.fromMillis(ms, { zone: from }).setZone(to)),
        );
        expect(DateTime.now().setZone(to).isValid).toBe(Luxon.now().setZone(to).isValid);
      }),
      { numRuns: RUNS },
    );
  });

  it("compares by instant, as luxon's valueOf does", () => {
    const a = DateTime.fromISO("2026-03-08T01:59:00", { zone: "America/New_York" });
    const b = DateTime.fromISO("2026-03-08T03:00:00", { zone: "America/New_York" });

    expect(a < b).toBe(true);
    expect(b.toMillis() - a.toMillis()).toBe(60_000);
    expect(b >= a.plus({ minutes: 1 })).toBe(true);
  });
});
