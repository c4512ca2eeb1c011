import { describe, expect, it } from "vitest";
import {
  extractDecisionDate,
  extractReturnDate,
  readDecisionDate,
  readReturnDate,
} from "../../../../shared/inbound/extract-dates.js";

const received = new Date("2026-12-01T10:00:00Z"); // a Tuesday

describe("extractReturnDate", () => {
  it.each([
    ["I will be back on Monday, December 7.", "2026-12-07"],
    ["Out of office, returning 12/07.", "2026-12-07"],
    ["I am back on 7 December 2026", "2026-12-07"],
    ["I'm away until Jan 4th.", "2027-01-04"],
    ["Ich bin zurück am 07.12.2026.", "2026-12-07"],
    ["I am currently away returning to the office on May 5th.", "2027-05-05"],
    ["I am out through December 11", "2026-12-12"],
    ["I'm back on Monday", "2026-12-07"],
    ["Back in the office on 2026-12-14.", "2026-12-14"],
    ["Returning 7th of December", "2026-12-07"],
  ])("%j -> %s", (text, expected) => {
    expect(extractReturnDate(text, received)).toBe(expected);
  });

  it.each([
    "I'm out of the office. My colleague can help.",
    "The offsite was on December 9.",
    "Back on Nov 28", // just passed: a stale text, not next year
    "Back on 3 March 2025", // an explicit past year
  ])("%j -> undefined", (text) => {
    expect(extractReturnDate(text, received)).toBeUndefined();
  });

  it("reads 'today' in the given zone", () => {
    // 2026-12-07T02:00Z is still Sunday the 6th in New York: "Monday" is the 7th there, the 14th in UTC.
    const late = new Date("2026-12-07T02:00:00Z");
    expect(extractReturnDate("back on Monday", late, "America/New_York")).toBe("2026-12-07");
    expect(extractReturnDate("back on Monday", late)).toBe("2026-12-14");
  });
});

describe("extractDecisionDate", () => {
  it.each([
    ["We will decide by the 15th.", "2026-12-15"],
    ["We expect to make a decision by December 15.", "2026-12-15"],
    ["We'll get back to you by end of next week.", "2026-12-11"],
    ["The panel meets on December 3. We will decide by Friday.", "2026-12-04"],
    ["We hope to have a decision within two weeks.", "2026-12-15"],
    ["You should hear back from us by 12/18.", "2026-12-18"],
  ])("%j -> %s", (text, expected) => {
    expect(extractDecisionDate(text, received)).toBe(expected);
  });

  it.each(["Lunch on December 9?", "Thanks for coming in on Monday!", "No news yet."])(
    "%j -> undefined",
    (text) => {
      expect(extractDecisionDate(text, received)).toBeUndefined();
    },
  );
});

describe("readDecisionDate and readReturnDate: the date as read, past or far, with its words", () => {
  it("reads a yearless date as the nearest occurrence: December 15 read on December 31 is the one just past", () => {
    const dec31 = new Date("2026-12-31T15:00:00Z");
    expect(readDecisionDate("We will decide by December 15.", dec31)).toEqual({
      date: "2026-12-15",
      phrase: "December 15",
    });
  });

  it("reads January in late December as next month", () => {
    expect(readReturnDate("I am back on January 4.", new Date("2026-12-20T10:00:00Z"))).toEqual({
      date: "2027-01-04",
      phrase: "January 4",
    });
  });

  it("reads relative to the reference it is given (the message's Date header)", () => {
    const written = new Date("2026-11-24T15:00:00Z"); // a Tuesday
    expect(readDecisionDate("We will decide by Friday.", written)?.date).toBe("2026-11-27");
    expect(readDecisionDate("We will decide by Friday.", received)?.date).toBe("2026-12-04");
  });

  it("keeps an explicit far year and an explicit past year as written", () => {
    expect(readReturnDate("Back on December 31, 2099.", received)?.date).toBe("2099-12-31");
    expect(readReturnDate("Back on 3 March 2025", received)?.date).toBe("2025-03-03");
  });

  it("reads nothing without a cue", () => {
    expect(readDecisionDate("Lunch on December 9?", received)).toBeUndefined();
  });
});
