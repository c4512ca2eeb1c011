import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import {
  isGeneralDayOff,
  NOTES_THAT_DO_NOT_RESTRICT,
  RESTRICTED_NOTES,
} from "../../../scripts/is-general-day-off.js";

describe("isGeneralDayOff", () => {
  it("counts a whole public day with no note, or a note that restricts nobody", () => {
    expect(isGeneralDayOff({ date: "2026-10-01 00:00:00", type: "public" })).toBe(true);
    expect(isGeneralDayOff({ date: "2026-03-20 00:00:00 -0600", type: "public" })).toBe(true);
    expect(
      isGeneralDayOff({
        date: "2026-05-27 00:00:00 -0600",
        type: "public",
        note: "For all persons belonging to the Islamic faith.",
      }),
    ).toBe(true);
  });

  it("does not count a day that is not public", () => {
    expect(isGeneralDayOff({ date: "2026-12-24 00:00:00", type: "optional" })).toBe(false);
    expect(isGeneralDayOff({ date: "2026-08-03 00:00:00", type: "bank" })).toBe(false);
  });

  it("does not count a part-day holiday: the morning is a working one", () => {
    expect(isGeneralDayOff({ date: "2026-12-24 12:00:00", type: "public" })).toBe(false);
    expect(isGeneralDayOff({ date: "2026-12-31 19:00:00", type: "public" })).toBe(false);
  });

  it("does not count a day off only for some people", () => {
    expect(
      isGeneralDayOff({ date: "2026-06-01 00:00:00", type: "public", note: "Children below the age of 14" }),
    ).toBe(false);
    expect(isGeneralDayOff({ date: "2026-03-08 00:00:00", type: "public", note: "only for women" })).toBe(
      false,
    );
  });
});

/** Words with which a note could say who a day is for (or is not). */
const WHO =
  /\b(only|for|except|excluding|optional|option|ages?|women|men|children|youth|military|personnel|muslims?|islamic|christians?|orthodox|catholics?|hindus?|faith|employers?|employees?|communities|workers?|staff|students?|schools?)\b/i;

describe("the notes of date-holidays' public holidays", () => {
  it("that may say who the day is for have all been weighed, one way or the other", () => {
    const notes = new Set<string>();
    for (const country of Object.keys(new Holidays().getCountries("en"))) {
      const states = Object.keys(new Holidays().getStates(country, "en") ?? {});
      for (const holidays of [new Holidays(country), ...states.map((s) => new Holidays(country, s))]) {
        for (let year = 2025; year <= 2036; year++) {
          for (const h of holidays.getHolidays(year, "en") as Array<{ type: string; note?: string }>) {
            if (h.type === "public" && h.note && WHO.test(h.note)) notes.add(h.note);
          }
        }
      }
    }
    const weighed = [...RESTRICTED_NOTES.keys(), ...NOTES_THAT_DO_NOT_RESTRICT.keys()];
    // A new note after a date-holidays upgrade: decide whether it restricts the day, with a source.
    expect([...notes].sort()).toEqual(weighed.sort());
    for (const note of RESTRICTED_NOTES.keys())
      expect(NOTES_THAT_DO_NOT_RESTRICT.has(note), note).toBe(false);
  }, 60_000);
});
