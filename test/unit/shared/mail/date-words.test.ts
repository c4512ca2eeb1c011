import fc from "fast-check";
import { DateTime as Luxon } from "luxon";
import { describe, expect, it } from "vitest";
import { dayAndTimeWords, dayWords, localTimeWords } from "../../../../shared/mail/date-words.js";

/**
 * date-words.ts replaced luxon's toFormat in our sentences: the same words as luxon in English, in every
 * zone, 1970-2100.
 */
const RUNS = 1500;
const zone = fc.constantFrom(...Intl.supportedValuesOf("timeZone"), "UTC");
const instant = fc
  .integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms));

describe("date words, against luxon in English", () => {
  it("names the weekday and month, and writes day, year and 24-hour time, of an instant in a zone", () => {
    fc.assert(
      fc.property(instant, zone, (at, z) => {
        const theirs = Luxon.fromJSDate(at, { zone: z }).setLocale("en");
        const w = localTimeWords(at, z);
        expect(`${w.weekday}|${w.weekdayShort}|${w.day}|${w.month}|${w.monthShort}|${w.year}|${w.time}`).toBe(
          theirs.toFormat("cccc|ccc|d|LLLL|LLL|yyyy|HH:mm"),
        );
        expect(dayAndTimeWords(at, z)).toBe(theirs.toFormat("cccc d LLL yyyy 'at' HH:mm"));
      }),
      { numRuns: RUNS },
    );
  });

  it("names a calendar day", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const day = at.toISOString().slice(0, 10);
        const w = dayWords(day);
        expect(`${w.weekday} ${w.day} ${w.monthShort} ${w.year}`).toBe(
          Luxon.fromISO(day, { zone: "UTC" }).setLocale("en").toFormat("cccc d LLL yyyy"),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("writes English whatever the runtime's default locale", () => {
    const at = new Date("2026-09-07T13:05:00Z");
    // What a Lambda whose default locale is German would have written with luxon's default locale.
    expect(Luxon.fromJSDate(at, { zone: "Europe/Berlin" }).setLocale("de").toFormat("cccc d LLL")).toBe(
      "Montag 7 Sep",
    );
    expect(localTimeWords(at, "Europe/Berlin")).toEqual({
      weekday: "Monday",
      weekdayShort: "Mon",
      day: 7,
      month: "September",
      monthShort: "Sep",
      year: 2026,
      time: "15:05",
    });
  });
});
