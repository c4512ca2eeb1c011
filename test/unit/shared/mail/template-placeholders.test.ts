import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { StepKind } from "../../../../shared/domain/step.js";
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

  it("writes the day as Intl's en-US long weekday, long month and day would, in any zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2070, 0, 1) }),
        fc.constantFrom(...Intl.supportedValuesOf("timeZone")),
        (ms, zone) => {
          const intl = new Intl.DateTimeFormat("en-US", {
            weekday: "long",
            month: "long",
            day: "numeric",
            timeZone: zone,
          });
          expect(at(new Date(ms).toISOString(), zone).interviewDate).toBe(intl.format(ms));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names the decision day as written", () => {
    expect(at("2026-12-01T03:00:00Z", "Asia/Tokyo", "2026-12-04").decisionDate).toBe("Friday, December 4");
  });
});

describe("a person's greeting", async () => {
  const LI = { name: "Li Ming", email: "li@acme.test" };
  const greeted = await everyKind({
    candidate: { name: "Abdul Rahman Khan", email: "abdul@example.com", greeting: "Abdul Rahman" },
    interviewers: [
      { ...LI, greeting: "Ming" },
      { name: "Bo Chen", email: "bo@acme.test" },
    ],
    recruiter: { name: "Li Wei", email: "wei@acme.test", greeting: "Dr. Li" },
    referrer: { name: "Zhang Hua", email: "zhang@friends.test", greeting: "Hua" },
  });
  const of = (interview: Interview, kind: StepKind, nth = 0) =>
    placeholderValues(interview, stepOf(interview, kind, nth));
  const liThanks = greeted.steps.find((s) => s.kind === "thank_you" && s.contact?.email === LI.email);
  if (!liThanks) throw new Error("no thank-you to Li Ming");

  it("wins over the first word of the name, for every person a firstName stands for", () => {
    const thanks = placeholderValues(greeted, liThanks);
    expect(thanks["contact.firstName"]).toBe("Ming");
    expect(thanks["contact.name"]).toBe("Li Ming");
    expect(thanks["candidate.firstName"]).toBe("Abdul Rahman");
    expect(thanks["recruiter.firstName"]).toBe("Dr. Li");
    expect(of(greeted, "referrer_update")["contact.firstName"]).toBe("Hua");
    expect(of(greeted, "recruiter_check_in")["contact.firstName"]).toBe("Dr. Li");
    expect(of(greeted, "rejection_reply")["contact.firstName"]).toBe("Dr. Li");
  });

  it("leaves the first word of the name for whoever has none", () => {
    const toBo = greeted.steps.find((s) => s.kind === "thank_you" && s.contact?.email === "bo@acme.test");
    if (!toBo) throw new Error("no thank-you to Bo Chen");
    expect(placeholderValues(greeted, toBo)["contact.firstName"]).toBe("Bo");
  });

  it("is read from the interview, so one added after the steps were planned is used", () => {
    const [li, ...rest] = greeted.interviewers;
    if (!li) throw new Error("no interviewer");
    const { greeting: _, ...bare } = li;
    const before = { ...greeted, interviewers: [bare, ...rest] };
    expect(placeholderValues(before, liThanks)["contact.firstName"]).toBe("Li");
    expect(placeholderValues(greeted, liThanks)["contact.firstName"]).toBe("Ming");
  });

  it("is not lent to someone else: a step to a replaced recruiter keeps the first word of their own name", () => {
    const replaced = {
      ...greeted,
      recruiter: { name: "Sam Roe", email: "sam@acme.test", greeting: "Sammy" },
    };
    const values = of(replaced, "recruiter_check_in");
    expect(values["contact.email"]).toBe("wei@acme.test");
    expect(values["contact.firstName"]).toBe("Li");
    expect(values["recruiter.firstName"]).toBe("Sammy");
  });
});
