import { describe, expect, it } from "vitest";
import { setProcessClockOffset } from "../../../../shared/adapters/process-clock.js";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewInput } from "../../../support/interview-input.js";

useFixedSystemTime();

function issues(body: unknown) {
  const result = interviewInputSchema.safeParse(body);
  return result.success ? [] : zodIssues(result.error);
}

describe("interviewInputSchema", () => {
  it("accepts the example body and trims names", () => {
    const parsed = interviewInputSchema.parse(interviewInput({ company: "  Acme Corp  " }));
    expect(parsed.company).toBe("Acme Corp");
  });

  it.each([
    [
      "a decision date on the day of the interview",
      "2026-11-23T10:00:00-05:00",
      "America/New_York",
      "2026-11-23",
    ],
    [
      "an evening interview west of UTC, decided that day",
      "2026-11-23T23:30:00-10:00",
      "Pacific/Honolulu",
      "2026-11-23",
    ],
  ])("accepts %s", (_, interviewedAt, timezone, decisionExpectedBy) => {
    expect(issues(interviewInput({ interviewedAt, timezone, decisionExpectedBy }))).toEqual([]);
  });

  it("refuses a decision date days before the interview", () => {
    expect(issues(interviewInput({ decisionExpectedBy: "2026-11-20" }))).toEqual([
      { field: "decisionExpectedBy", problem: "must not be before the interview" },
    ]);
  });

  it.each([
    ["New York", "2026-11-23T10:00:00-05:00", "America/New_York", "2026-11-22"],
    ["Tokyo", "2026-11-23T08:00:00+09:00", "Asia/Tokyo", "2026-11-22"],
  ])(
    "refuses a decision date the day before a %s interview (local dates)",
    (_, interviewedAt, timezone, decision) => {
      expect(issues(interviewInput({ interviewedAt, timezone, decisionExpectedBy: decision }))).toEqual([
        { field: "decisionExpectedBy", problem: "must not be before the interview" },
      ]);
    },
  );

  it.each([
    ["garbage", '!i"~{Lv~$M'], // the API fuzzer's body that reached the time-zone code (seed 696782)
    ["a date with no offset", "2026-11-23T10:00:00"],
    ["an impossible date", "2026-02-30T10:00:00Z"],
  ])(
    "names an unreadable interview date (%s) alone, without reading it across fields",
    (_, interviewedAt) => {
      const found = issues(interviewInput({ interviewedAt, decisionExpectedBy: "2026-12-04" }));
      expect(found).toEqual([
        { field: "interviewedAt", problem: expect.stringMatching(/^must be an ISO 8601/) },
      ]);
    },
  );

  it.each([
    ["year 0000 at +14:00", "0000-01-01T00:00:00+14:00", /days ago/],
    ["year 9999 at -12:00", "9999-12-31T23:59:59-12:00", /within a year of today/],
  ])(
    "refuses an interview date at the edge of ISO 8601 (%s) by its distance from today",
    (_, at, problem) => {
      expect(issues(interviewInput({ interviewedAt: at, decisionExpectedBy: "2026-12-04" }))).toEqual([
        { field: "interviewedAt", problem: expect.stringMatching(problem) },
      ]);
    },
  );

  it("counts the days by the process clock, which the local stack moves on", () => {
    const today = interviewInput({
      interviewedAt: "2026-11-30T10:00:00-05:00",
      decisionExpectedBy: undefined,
    });
    expect(issues(today)).toEqual([]);
    setProcessClockOffset(60 * 86_400_000);
    try {
      expect(issues(today)).toEqual([
        { field: "interviewedAt", problem: expect.stringMatching(/at most 30 days ago/) },
      ]);
    } finally {
      setProcessClockOffset(0);
    }
  });

  it("refuses an interview more than a year away from today", () => {
    expect(
      issues(interviewInput({ interviewedAt: "2028-01-10T10:00:00-05:00", decisionExpectedBy: undefined })),
    ).toEqual([{ field: "interviewedAt", problem: "must be within a year of today" }]);
  });

  it("refuses an interview registered ten months after it happened, and takes one within 30 days", () => {
    expect(
      issues(interviewInput({ interviewedAt: "2026-01-26T10:00:00-05:00", decisionExpectedBy: undefined })),
    ).toEqual([
      {
        field: "interviewedAt",
        problem: "must be at most 30 days ago: a thank-you sent now would be weeks late",
      },
    ]);
    expect(
      issues(interviewInput({ interviewedAt: "2026-10-26T10:00:00-04:00", decisionExpectedBy: undefined })),
    ).toEqual([]);
    // Registered ahead of the interview itself: the chain starts after it.
    expect(
      issues(interviewInput({ interviewedAt: "2026-12-07T10:00:00-05:00", decisionExpectedBy: undefined })),
    ).toEqual([]);
  });

  it.each([
    ["+23:59", "2026-11-23T10:00:00+23:59"],
    ["-13:00", "2026-11-23T10:00:00-13:00"],
    ["+14:01", "2026-11-23T10:00:00+14:01"],
  ])("refuses an offset of %s, which no place on Earth has", (_, interviewedAt) => {
    expect(issues(interviewInput({ interviewedAt }))).toEqual([
      { field: "interviewedAt", problem: "must have a real time zone offset, between -12:00 and +14:00" },
    ]);
  });

  it.each([
    ["Kiribati", "2026-11-24T05:00:00+14:00", "Pacific/Kiritimati"],
    ["Baker Island's -12:00", "2026-11-23T03:00:00-12:00", "Pacific/Auckland"],
    ["UTC", "2026-11-23T15:00:00Z", "UTC"],
  ])("accepts the extreme real offsets: %s", (_, interviewedAt, timezone) => {
    expect(issues(interviewInput({ interviewedAt, timezone }))).toEqual([]);
  });

  it.each([
    [
      "an interviewer",
      { interviewers: [{ name: "Cara", email: "CARA@example.com" }] },
      "interviewers.0.email",
    ],
    ["the recruiter", { recruiter: { name: "Cara", email: "cara@Example.com" } }, "recruiter.email"],
    ["the referrer", { referrer: { name: "Cara", email: "cara@example.com" } }, "referrer.email"],
  ])("refuses the candidate as %s (any case), naming the field", (_, overrides, field) => {
    expect(issues(interviewInput(overrides))).toEqual([
      { field, problem: "must not be the candidate's own address" },
    ]);
  });

  it("refuses a region the country does not have, naming the region", () => {
    expect(issues(interviewInput({ region: "ZZ" }))).toEqual([
      { field: "region", problem: "is not a known region of that country" },
    ]);
  });

  it.each([
    ["a tab in a role", { role: "Staff\tEngineer" }, "role"],
    ["a line separator in a round", { round: "onsite\u2028Bcc: x" }, "round"],
    ["an empty company after trimming", { company: "   " }, "company"],
    [
      "a javascript: link",
      { candidate: { name: "Cara", email: "cara@example.com", links: ["javascript:alert(1)"] } },
      "candidate.links.0",
    ],
    [
      "eleven interviewers",
      { interviewers: Array.from({ length: 11 }, (_, i) => ({ name: `I${i}`, email: `i${i}@acme.test` })) },
      "interviewers",
    ],
    ["a lower-case country", { country: "us" }, "country"],
    [
      "a send window that ends before it starts",
      { settings: { sendWindow: { start: "17:00", end: "09:00", days: [1] } } },
      "settings.sendWindow.end",
    ],
    ["an unknown setting", { settings: { sendAtMidnight: true } }, "settings.sendAtMidnight"],
    ["an unknown cadence", { cadence: "aggressive" }, "cadence"],
  ])("refuses %s, naming %s", (_, overrides, field) => {
    expect(issues(interviewInput(overrides)).map((i) => i.field)).toContain(field);
  });
});

describe("interviewInputSchema, send window days", () => {
  it("names the days allowed for a day that is not an ISO weekday", () => {
    for (const day of [0, 8, 1.5, "1"]) {
      expect(
        issues(interviewInput({ settings: { sendWindow: { start: "09:00", end: "17:00", days: [day] } } })),
      ).toEqual([{ field: "settings.sendWindow.days.0", problem: "must be one of 1, 2, 3, 4, 5, 6, 7" }]);
    }
  });
});

describe("interviewInputSchema, a mode or cadence out of its list", () => {
  it.each([
    ["an unknown mode", { mode: "spam" }, [{ field: "mode", problem: "must be send or remind" }]],
    ["a mode in capitals", { mode: "SEND" }, [{ field: "mode", problem: "must be send or remind" }]],
    [
      "an unknown cadence",
      { cadence: "aggressive" },
      [{ field: "cadence", problem: 'must be one of "standard", "patient", "minimal"' }],
    ],
    [
      "a cadence that is not a string",
      { cadence: 1 },
      [{ field: "cadence", problem: 'must be one of "standard", "patient", "minimal"' }],
    ],
  ])("names the values allowed for %s", (_, overrides, expected) => {
    expect(issues(interviewInput(overrides))).toEqual(expected);
  });

  it("accepts each mode and cadence", () => {
    for (const mode of ["send", "remind"])
      for (const cadence of ["standard", "patient", "minimal"])
        expect(issues(interviewInput({ mode, cadence }))).toEqual([]);
  });
});

describe("interviewPatchSchema", () => {
  it("accepts a partial change and null to clear an optional field", () => {
    expect(interviewPatchSchema.parse({ decisionExpectedBy: null, notes: "x" })).toEqual({
      decisionExpectedBy: null,
      notes: "x",
    });
  });

  it("refuses null for a required field", () => {
    expect(interviewPatchSchema.safeParse({ company: null }).success).toBe(false);
  });

  it("refuses an empty change", () => {
    const result = interviewPatchSchema.safeParse({});
    expect(result.success ? [] : zodIssues(result.error)).toEqual([
      { field: "", problem: "must change at least one field" },
    ]);
  });
});

describe("the window around today", () => {
  const longAgo = { interviewedAt: "2025-06-02T10:00:00-04:00", decisionExpectedBy: "2025-06-20" };

  it("applies to a patch only when the patch itself moves the interview date", () => {
    const moved = interviewPatchSchema.safeParse({ interviewedAt: "2025-06-02T10:00:00-04:00" });
    expect(moved.success ? [] : zodIssues(moved.error)).toEqual([
      {
        field: "interviewedAt",
        problem: "must be at most 30 days ago: a thank-you sent now would be weeks late",
      },
    ]);
    expect(interviewPatchSchema.safeParse({ notes: "still waiting" }).success).toBe(true);
    const malformed = interviewPatchSchema.safeParse({ notes: "half a pair: \udc00" });
    expect(malformed.success ? [] : zodIssues(malformed.error)).toEqual([
      { field: "notes", problem: "must not contain a lone UTF-16 surrogate (malformed text)" },
    ]);
    expect(interviewPatchSchema.safeParse({ interviewedAt: "2026-11-20T10:00:00-05:00" }).success).toBe(true);
  });

  it("applies to a new interview (a stored one is checked by patchInterview)", () => {
    expect(issues(interviewInput(longAgo))).toEqual([
      {
        field: "interviewedAt",
        problem: "must be at most 30 days ago: a thank-you sent now would be weeks late",
      },
    ]);
  });
});
