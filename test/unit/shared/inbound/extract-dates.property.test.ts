import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readDecisionDate, readReturnDate } from "../../../../shared/inbound/extract-dates.js";

const reference = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2090-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const zone = fc.constantFrom("UTC", "America/New_York", "Europe/Berlin", "Asia/Tokyo", "Pacific/Kiritimati");
/** Free text, and text made of date-like words and cues, so the reader's branches are reached. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 600 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "back on",
          "until",
          "through",
          "decide by",
          "decision by",
          "get back to you by",
          "end of next week",
          "the 15th",
          "December 31",
          "31 February",
          "2/30",
          "Monday",
          "tomorrow",
          "zurück am",
          "12.13.2026",
          "2026-02-29",
          ".",
          "\n",
        ),
        fc.integer({ min: 0, max: 40 }).map(String),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 30 },
    )
    .map((words) => words.join(" ")),
);

describe("reading dates from untrusted text (property)", () => {
  it("never throws, and any date read is a real calendar day with the words it came from", () => {
    fc.assert(
      fc.property(text, reference, zone, (t, ref, z) => {
        for (const read of [readReturnDate(t, ref, z), readDecisionDate(t, ref, z)]) {
          if (!read) continue;
          expect(read.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(DateTime.fromISO(read.date, { zone: "UTC" }).isValid).toBe(true);
          expect(read.phrase.length).toBeGreaterThan(0);
          expect(read.phrase.length).toBeLessThanOrEqual(60);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("a month and day without a year is that day, the occurrence nearest the message's date", () => {
    fc.assert(
      fc.property(
        reference,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (ref, month, day) => {
          const name = DateTime.utc(2001, month, 1).toFormat("LLLL");
          const read = readReturnDate(`I am out of the office and back on ${name} ${day}.`, ref, "UTC");
          const date = DateTime.fromISO(read?.date ?? "", { zone: "UTC" });
          expect([date.month, date.day]).toEqual([month, day]);
          const days = Math.abs(
            date.diff(DateTime.fromJSDate(ref, { zone: "UTC" }).startOf("day"), "days").days,
          );
          expect(days).toBeLessThanOrEqual(184);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
