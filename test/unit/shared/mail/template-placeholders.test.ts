import { describe, expect, it } from "vitest";
import { firstName, placeholderValues, readableList } from "../../../../shared/mail/template-placeholders.js";
import { everyKind, stepOf } from "./mail-fixtures.js";

describe("readableList", () => {
  it.each([
    [[], ""],
    [["a"], "a"],
    [["a", "b"], "a and b"],
    [["a, b", "c", "d"], "a, b, c and d"],
  ])("%j reads %j", (items, expected) => {
    expect(readableList(items)).toBe(expected);
  });
});

describe("firstName", () => {
  it.each([
    ["Zoë Ñúñez", "Zoë"],
    ["  李小龍  ", "李小龍"],
    ["Madonna", "Madonna"],
    ["Priya, Shah", "Priya"],
    ["Priya; Shah", "Priya"],
    ["Priya,, Shah", "Priya"],
    ["Priya.,", "Priya."],
    // A title or an initial alone is no greeting ("Hi Dr.,"): the whole name is.
    ["Dr. Priya Shah", "Dr. Priya Shah"],
    ["Dr Priya Shah", "Dr Priya Shah"],
    ["Prof.  Ğül   Yılmaz", "Prof. Ğül Yılmaz"],
    ["St. John Smith", "St. John Smith"],
    ["Drew Barry", "Drew"],
    ["Zoë, Ñúñez", "Zoë"],
    ["李小龍，", "李小龍"],
    ["山田、太郎", "山田、太郎"],
    ["محمد، علي", "محمد"],
    ["J. R. Smith", "J. R. Smith"],
    ["J.R. Smith", "J.R. Smith"],
    ["J., Smith", "J. Smith"],
    ["J.", "J."],
    ["Anne-Marie O'Neil", "Anne-Marie"],
    [",", ","],
  ])("of %j is %j", (name, expected) => {
    expect(firstName(name)).toBe(expected);
  });
});

describe("interviewDate and decisionDate", async () => {
  const base = await everyKind({});
  const step = stepOf(base, "thank_you");
  const at = (interviewedAt: string, timezone: string, decisionExpectedBy?: string) =>
    placeholderValues({ ...base, interviewedAt, timezone, decisionExpectedBy }, step);

  it("names the interview's day in its own zone, whichever zone was formatted before", () => {
    // One instant, two days: a formatter kept for one zone must never serve another.
    for (let i = 0; i < 2; i++) {
      expect(at("2026-12-01T03:00:00Z", "America/New_York").interviewDate).toBe("Monday, November 30");
      expect(at("2026-12-01T03:00:00Z", "Asia/Tokyo").interviewDate).toBe("Tuesday, December 1");
    }
  });

  it("falls back to UTC for a zone the runtime does not know, every time", () => {
    for (let i = 0; i < 2; i++) {
      expect(at("2026-12-01T03:00:00Z", "Mars/Olympus_Mons").interviewDate).toBe("Tuesday, December 1");
    }
  });

  it("names the decision day as written", () => {
    expect(at("2026-12-01T03:00:00Z", "Asia/Tokyo", "2026-12-04").decisionDate).toBe("Friday, December 4");
  });
});
