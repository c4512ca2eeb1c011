import { describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../../../shared/domain/interview.js";
import { planAfterRejection } from "../../../../shared/domain/plan-after-rejection.js";
import { planChain } from "../../../../shared/domain/plan-chain.js";
import { planCheckInAfterReply } from "../../../../shared/domain/plan-check-in-after-reply.js";
import { type PlannerSettings, resolvePlannerSettings } from "../../../../shared/domain/planner-settings.js";
import type { PlannedStep, StepKind } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";
import { planDetails } from "../../../support/plan-details.js";

// November 2026: Wednesday 18, Thursday 19, Friday 20, Saturday 21, Sunday 22. December: Tuesday 1.
// Every expected time below is counted by hand on that calendar.
const ANN = { name: "Ann Lee", email: "ann@acme.test" };
const BO = { name: "Bo Berg", email: "bo@acme.test" };
const RITA = { name: "Rita Ruiz", email: "rita@acme.test" };

function interview(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return planDetails({
    interviewedAt: "2026-11-19T14:00:00+02:00", // Thursday
    timezone: "Asia/Jerusalem",
    country: "IL",
    candidate: { name: "Cara Diaz", email: "cara@example.com" },
    interviewers: [ANN],
    ...overrides,
  });
}

const settings = (overrides: Partial<PlannerSettings>) => ({
  settings: resolvePlannerSettings("standard", overrides),
});

/** Plans with `now` three hours after the interview. */
function plan(details: InterviewDetails): PlannedStep[] {
  const now = new Date(new Date(details.interviewedAt).getTime() + 3 * 3_600_000);
  return planChain({ words: planWords, details, now });
}

const of = (steps: PlannedStep[], kind: StepKind) => steps.filter((s) => s.kind === kind);
const thankYouTo = (steps: PlannedStep[], email: string) => {
  const found = of(steps, "thank_you").filter((s) => s.contact?.email === email);
  expect(found).toHaveLength(1);
  return found[0] as PlannedStep;
};

describe("planChain: the candidate's country's weekend", () => {
  it.each([
    [
      "IL",
      "Asia/Jerusalem",
      "2026-11-19T14:00:00+02:00",
      "2026-11-22T09:30:00+02:00",
      "Sunday 22 Nov",
      "Thursday",
      "Friday and Saturday in Israel",
    ],
    [
      "SA",
      "Asia/Riyadh",
      "2026-11-19T14:00:00+03:00",
      "2026-11-22T09:30:00+03:00",
      "Sunday 22 Nov",
      "Thursday",
      "Friday and Saturday in Saudi Arabia",
    ],
    [
      "EG",
      "Africa/Cairo",
      "2026-11-19T14:00:00+02:00",
      "2026-11-22T09:30:00+02:00",
      "Sunday 22 Nov",
      "Thursday",
      "Friday and Saturday in Egypt",
    ],
    [
      "IR",
      "Asia/Tehran",
      "2026-11-19T14:00:00+03:30",
      "2026-11-21T09:30:00+03:30",
      "Saturday 21 Nov",
      "Thursday",
      "Friday in Iran",
    ],
    [
      "AF",
      "Asia/Kabul",
      "2026-11-18T14:00:00+04:30",
      "2026-11-21T09:30:00+04:30",
      "Saturday 21 Nov",
      "Wednesday",
      "Thursday and Friday in Afghanistan",
    ],
    // Where this ICU's CLDR lags the law (countryWeekend's corrections); Kathmandu is UTC+05:45.
    [
      "NP",
      "Asia/Kathmandu",
      "2026-11-20T14:00:00+05:45",
      "2026-11-22T09:30:00+05:45",
      "Sunday 22 Nov",
      "Friday",
      "Saturday in Nepal",
    ],
    [
      "BD",
      "Asia/Dhaka",
      "2026-11-19T14:00:00+06:00",
      "2026-11-22T09:30:00+06:00",
      "Sunday 22 Nov",
      "Thursday",
      "Friday and Saturday in Bangladesh",
    ],
    [
      "BN",
      "Asia/Brunei",
      "2026-11-19T14:00:00+08:00",
      "2026-11-21T09:30:00+08:00",
      "Saturday 21 Nov",
      "Thursday",
      "Friday and Sunday in Brunei",
    ],
  ])(
    "%s: the thank-you skips the weekend and names it",
    (country, timezone, interviewedAt, sendAt, day, weekday, weekend) => {
      const step = thankYouTo(plan(interview({ country, timezone, interviewedAt })), ANN.email);
      expect(step.sendAt).toBe(sendAt);
      expect(step.timezone).toBe(timezone);
      expect(step.why).toBe(
        `Thank-you to Ann Lee on ${day} at 09:30 (${timezone}), the next business morning after your ${weekday} interview (skipping the weekend, ${weekend}).`,
      );
    },
  );

  it("IL: a Wednesday interview's thank-you goes on Thursday, with no weekend to mention", () => {
    const step = thankYouTo(plan(interview({ interviewedAt: "2026-11-18T14:00:00+02:00" })), ANN.email);
    expect(step.sendAt).toBe("2026-11-19T09:30:00+02:00");
    expect(step.why).toBe(
      "Thank-you to Ann Lee on Thursday 19 Nov at 09:30 (Asia/Jerusalem), the next business morning after your Wednesday interview.",
    );
  });

  it("IL: the handwritten note goes the same Sunday, and check-ins count Sundays as business days", () => {
    const steps = plan(interview({ recruiter: RITA }));
    const note = of(steps, "handwritten_note");
    expect(note.map((s) => s.sendAt)).toEqual(["2026-11-22T09:30:00+02:00"]);
    expect(note[0]?.why).toBe(
      "Reminder to post a handwritten thank-you note to your interviewers on Sunday 22 Nov at 09:30 (Asia/Jerusalem), the same morning as the thank-you emails.",
    );
    // Thu 19 + 5: Sun 22, Mon 23, Tue 24, Wed 25, Thu 26; then Sun 29 ... Thu 3 Dec; Sun 6 ... Thu 10 Dec.
    expect(steps.filter((s) => s.contact?.role === "recruiter").map((s) => [s.kind, s.sendAt])).toEqual([
      ["recruiter_check_in", "2026-11-26T09:30:00+02:00"],
      ["weekly_check_in", "2026-12-03T09:30:00+02:00"],
      ["weekly_check_in", "2026-12-10T09:30:00+02:00"],
    ]);
  });

  it("SA: the nudge and check-ins around a decision date skip Friday and Saturday", () => {
    const steps = plan(
      interview({
        country: "SA",
        timezone: "Asia/Riyadh",
        interviewedAt: "2026-11-19T14:00:00+03:00",
        recruiter: RITA,
        decisionExpectedBy: "2026-12-03", // Thursday
        ...settings({ checkInAfterDecisionBusinessDays: 1 }),
      }),
    );
    // 3 business days before Thu 3 Dec: Wed 2, Tue 1, Mon 30 Nov. 1 after it: Sun 6 Dec. 5 after that:
    // Mon 7, Tue 8, Wed 9, Thu 10, Sun 13.
    expect(steps.filter((s) => s.contact?.role === "recruiter").map((s) => [s.kind, s.sendAt])).toEqual([
      ["pre_decision_nudge", "2026-11-30T09:30:00+03:00"],
      ["recruiter_check_in", "2026-12-06T09:30:00+03:00"],
      ["weekly_check_in", "2026-12-13T09:30:00+03:00"],
    ]);
    expect(of(steps, "recruiter_check_in")[0]?.why).toContain(
      "1 business day after the decision expected by Thursday 3 Dec (skipping the weekend, Friday and Saturday in Saudi Arabia)",
    );
  });

  it("IR: a public holiday is skipped and named as before", () => {
    const step = thankYouTo(
      plan(interview({ country: "IR", timezone: "Asia/Tehran", interviewedAt: "2026-12-21T14:00:00+03:30" })),
      ANN.email,
    );
    expect(step.sendAt).toBe("2026-12-23T09:30:00+03:30");
    expect(step.why).toContain(
      "after your Monday interview (Tuesday 22 Dec is Birthday of Imam Ali, a public holiday).",
    );
  });

  it.each([
    ["Thursday", "2026-11-19T14:00:00+04:00", "2026-11-20T09:30:00+04:00", "after your Thursday interview."],
    [
      "Friday",
      "2026-11-20T14:00:00+04:00",
      "2026-11-23T09:30:00+04:00",
      "after your Friday interview (skipping the weekend).",
    ],
    [
      "Tuesday",
      "2026-12-01T14:00:00+04:00",
      "2026-12-03T09:30:00+04:00",
      "after your Tuesday interview (Wednesday 2 Dec is National Day, a public holiday).",
    ],
  ])("AE (Saturday-Sunday since 2022): after a %s interview", (_, interviewedAt, sendAt, why) => {
    const step = thankYouTo(
      plan(interview({ country: "AE", timezone: "Asia/Dubai", interviewedAt })),
      ANN.email,
    );
    expect(step.sendAt).toBe(sendAt);
    expect(step.why.endsWith(why)).toBe(true);
  });
});

describe("planChain: send days the candidate set win over the country's weekend", () => {
  it("IL with Monday-Friday: the thank-you after a Thursday goes on Friday", () => {
    const details = interview(
      settings({ sendWindow: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] } }),
    );
    const step = thankYouTo(plan(details), ANN.email);
    expect(step.sendAt).toBe("2026-11-20T09:30:00+02:00");
    expect(step.why).toMatch(/after your Thursday interview\.$/);
  });

  it("IL with only new hours: the days still come from the country", () => {
    const details = interview(settings({ sendWindow: { start: "08:00", end: "18:00" } }));
    expect(thankYouTo(plan(details), ANN.email).sendAt).toBe("2026-11-22T09:30:00+02:00");
  });

  it("a contact abroad gets the candidate's days too", () => {
    const details = interview({
      country: "DE",
      timezone: "Europe/Berlin",
      interviewedAt: "2026-11-19T14:00:00+01:00",
      interviewers: [{ ...ANN, timezone: "Asia/Jerusalem", country: "IL" }],
      ...settings({ sendWindow: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] } }),
    });
    expect(thankYouTo(plan(details), ANN.email).sendAt).toBe("2026-11-20T09:30:00+02:00");
  });
});

describe("planChain: a contact in another country than the candidate", () => {
  // A candidate in Germany; Ann interviews from Israel, Bo and Rita from Germany.
  const berlin = (overrides: Partial<InterviewDetails> = {}) =>
    interview({
      country: "DE",
      timezone: "Europe/Berlin",
      interviewedAt: "2026-11-19T14:00:00+01:00", // Thursday
      interviewers: [{ ...ANN, timezone: "Asia/Jerusalem", country: "IL" }, BO],
      recruiter: RITA,
      ...overrides,
    });

  it("emails to the Israeli interviewer follow her weekend; the rest follow Germany's", () => {
    const steps = plan(berlin());
    const ann = thankYouTo(steps, ANN.email);
    expect(ann.sendAt).toBe("2026-11-22T09:30:00+02:00");
    expect(ann.why).toBe(
      "Thank-you to Ann Lee on Sunday 22 Nov at 09:30 (Asia/Jerusalem), the next business morning after your Thursday interview (skipping the weekend, Friday and Saturday in Israel).",
    );
    const bo = thankYouTo(steps, BO.email);
    expect(bo.sendAt).toBe("2026-11-20T09:30:00+01:00");
    expect(bo.why).toMatch(/after your Thursday interview\.$/);
    // The candidate's reminder follows the candidate's calendar, and no longer claims "the same morning".
    const note = of(steps, "handwritten_note");
    expect(note.map((s) => s.sendAt)).toEqual(["2026-11-20T09:30:00+01:00"]);
    expect(note[0]?.why).toBe(
      "Reminder to post a handwritten thank-you note to your interviewers on Friday 20 Nov at 09:30 (Europe/Berlin), the next business morning after your Thursday interview.",
    );
    // Thu 19 + 5 in Germany: Fri 20, Mon 23, Tue 24, Wed 25, Thu 26.
    expect(of(steps, "recruiter_check_in").map((s) => s.sendAt)).toEqual(["2026-11-26T09:30:00+01:00"]);
  });

  it("reminders to the candidate follow the candidate's weekend, whoever they are about", () => {
    const steps = plan(berlin({ mode: "remind" }));
    expect(of(steps, "thank_you").map((s) => [s.contact?.email, s.sendAt])).toEqual([
      [ANN.email, "2026-11-20T09:30:00+01:00"],
      [BO.email, "2026-11-20T09:30:00+01:00"],
    ]);
    expect(of(steps, "thank_you").every((s) => !s.why.includes("Israel"))).toBe(true);
    expect(of(steps, "handwritten_note")[0]?.why).toContain("the same morning as the thank-you reminders");
  });

  it("holidays are the contact's own country's: Christmas does not hold back the Israeli thank-you", () => {
    const steps = plan(berlin({ interviewedAt: "2026-12-24T14:00:00+01:00" })); // Thursday
    const ann = thankYouTo(steps, ANN.email);
    expect(ann.sendAt).toBe("2026-12-27T09:30:00+02:00"); // Sunday
    expect(ann.why).toMatch(/\(skipping the weekend, Friday and Saturday in Israel\)\.$/);
    const bo = thankYouTo(steps, BO.email);
    expect(bo.sendAt).toBe("2026-12-28T09:30:00+01:00"); // Monday
    expect(bo.why).toMatch(/\(Friday 25 Dec is Christmas Day, a public holiday; skipping the weekend\)\.$/);
  });

  it("holidays are the contact's own country's: Passover holds back only the Israeli thank-you", () => {
    const steps = plan(berlin({ interviewedAt: "2027-04-21T14:00:00+02:00" })); // Wednesday
    const ann = thankYouTo(steps, ANN.email);
    // Thu 22 Apr Passover, Fri-Sat weekend: Sunday 25, in summer time (+03:00).
    expect(ann.sendAt).toBe("2027-04-25T09:30:00+03:00");
    expect(ann.why).toMatch(
      /\(Thursday 22 Apr is Passover \(Pesach\), a public holiday; skipping the weekend, Friday and Saturday in Israel\)\.$/,
    );
    expect(thankYouTo(steps, BO.email).sendAt).toBe("2027-04-22T09:30:00+02:00");
  });

  it("a contact whose country is the interview's keeps the interview's region; another country's does not", () => {
    // Saxony: Wednesday 18 Nov 2026 is the Day of Prayer and Repentance; Austria has no holiday that day.
    const steps = plan(
      interview({
        country: "DE",
        region: "SN",
        timezone: "Europe/Berlin",
        interviewedAt: "2026-11-17T14:00:00+01:00", // Tuesday
        interviewers: [
          { ...ANN, country: "DE" },
          { ...BO, country: "AT" },
        ],
      }),
    );
    expect(thankYouTo(steps, ANN.email).sendAt).toBe("2026-11-19T09:30:00+01:00");
    expect(thankYouTo(steps, ANN.email).why).toContain(
      "(Wednesday 18 Nov is Day of Prayer and Repentance, a public holiday)",
    );
    expect(thankYouTo(steps, BO.email).sendAt).toBe("2026-11-18T09:30:00+01:00");
  });

  it("the rejection reply and a check-in after a reply go by the contact's weekend too", () => {
    const details = berlin({ recruiter: { ...RITA, timezone: "Asia/Riyadh", country: "SA" } });
    // Thursday 17 Dec 2026, 16:00 in Riyadh: the reply goes the next business morning there, Sunday 20.
    const stoppedAt = new Date("2026-12-17T13:00:00Z");
    const [reply] = planAfterRejection({ words: planWords, details, now: stoppedAt, stoppedAt });
    expect(reply?.sendAt).toBe("2026-12-20T09:30:00+03:00");
    expect(reply?.why).toContain("(skipping the weekend, Friday and Saturday in Saudi Arabia)");
    // A decision date of Thursday 3 Dec and 2 business days: Sun 6, Mon 7.
    const [checkIn] = planCheckInAfterReply({
      words: planWords,
      details,
      now: new Date("2026-11-25T10:00:00Z"),
      contact: details.recruiter ?? RITA,
      role: "recruiter",
      decisionDate: "2026-12-03",
    });
    expect(checkIn?.sendAt).toBe("2026-12-07T09:30:00+03:00");
  });
});
