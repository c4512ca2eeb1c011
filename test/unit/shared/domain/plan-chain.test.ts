import { describe, expect, it } from "vitest";
import type { PlanContext } from "../../../../shared/domain/chain-planner.js";
import type { InterviewDetails } from "../../../../shared/domain/interview.js";
import { planAfterRejection } from "../../../../shared/domain/plan-after-rejection.js";
import { planChain } from "../../../../shared/domain/plan-chain.js";
import { planCheckInAfterReply } from "../../../../shared/domain/plan-check-in-after-reply.js";
import { PLAN_RULES } from "../../../../shared/domain/plan-rules.js";
import { type PlannerSettings, resolvePlannerSettings } from "../../../../shared/domain/planner-settings.js";
import type { PlannedStep, StepKind } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";
import { planDetails } from "../../../support/plan-details.js";

const NY = "America/New_York";

const interview = planDetails;

const RECRUITER = { name: "Rita Ruiz", email: "Rita.Ruiz@acme.test" };
const REFERRER = { name: "Ray Reed", email: "ray@friends.test" };

function withSettings(overrides: Partial<PlannerSettings>, preset: InterviewDetails["cadence"] = "standard") {
  return { cadence: preset, settings: resolvePlannerSettings(preset, overrides) };
}

/** Plans with `now` three hours after the interview unless told otherwise. */
function plan(details: InterviewDetails, extra: Partial<Omit<PlanContext, "words">> = {}): PlannedStep[] {
  const now = new Date(new Date(details.interviewedAt).getTime() + 3 * 3_600_000);
  return planChain({ words: planWords, details, now, ...extra });
}

const times = (steps: PlannedStep[], kind?: StepKind) =>
  steps.filter((s) => kind === undefined || s.kind === kind).map((s) => s.sendAt);
const only = (steps: PlannedStep[], kind: StepKind): PlannedStep => {
  const found = steps.filter((s) => s.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as PlannedStep;
};
const followUps = (steps: PlannedStep[]) =>
  steps
    .filter((s) => ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"].includes(s.kind))
    .map((s) => [s.kind, s.sendAt]);

describe("planChain: thank-you timing", () => {
  it.each([
    ["Monday", "2026-11-16T15:00:00-05:00", "2026-11-17T09:30:00-05:00"],
    ["Tuesday", "2026-11-17T15:00:00-05:00", "2026-11-18T09:30:00-05:00"],
    ["Wednesday", "2026-11-18T15:00:00-05:00", "2026-11-19T09:30:00-05:00"],
    ["Thursday", "2026-11-19T15:00:00-05:00", "2026-11-20T09:30:00-05:00"],
  ])("goes out the next morning after a %s interview", (weekday, interviewedAt, expected) => {
    const step = only(plan(interview({ interviewedAt })), "thank_you");
    expect(step.sendAt).toBe(expected);
    expect(step.rule).toBe(PLAN_RULES.thankYou);
    expect(step.why).toBe(
      `Thank-you to Ann Lee on ${
        { Monday: "Tuesday 17", Tuesday: "Wednesday 18", Wednesday: "Thursday 19", Thursday: "Friday 20" }[
          weekday
        ]
      } Nov at 09:30 (America/New_York), the next business morning after your ${weekday} interview.`,
    );
  });

  it("goes out on Monday after a Friday interview and says the weekend was skipped", () => {
    const step = only(plan(interview({ interviewedAt: "2026-11-20T15:00:00-05:00" })), "thank_you");
    expect(step.sendAt).toBe("2026-11-23T09:30:00-05:00");
    expect(step.why).toContain("after your Friday interview (skipping the weekend)");
  });

  it("uses the interview's local date, not the UTC one", () => {
    // 23:30 on Friday in New York is already Saturday in UTC.
    const step = only(plan(interview({ interviewedAt: "2026-11-21T04:30:00Z" })), "thank_you");
    expect(step.sendAt).toBe("2026-11-23T09:30:00-05:00");
  });

  it.each([
    ["Saturday", "2026-11-14T11:00:00-05:00"],
    ["Sunday", "2026-11-15T11:00:00-05:00"],
  ])("goes out on Monday after a %s interview", (_, interviewedAt) => {
    expect(times(plan(interview({ interviewedAt })), "thank_you")).toEqual(["2026-11-16T09:30:00-05:00"]);
  });

  it("skips Thanksgiving and says so", () => {
    const step = only(plan(interview({ interviewedAt: "2026-11-25T15:00:00-05:00" })), "thank_you");
    expect(step.sendAt).toBe("2026-11-27T09:30:00-05:00");
    expect(step.why).toBe(
      "Thank-you to Ann Lee on Friday 27 Nov at 09:30 (America/New_York), the next business morning after " +
        "your Wednesday interview (Thursday 26 Nov is Thanksgiving Day, a public holiday).",
    );
  });

  it("does not skip holidays that are not observed", () => {
    const details = interview({
      interviewedAt: "2026-11-25T15:00:00-05:00",
      ...withSettings({ observeHolidays: false }),
    });
    expect(times(plan(details), "thank_you")).toEqual(["2026-11-26T09:30:00-05:00"]);
  });

  it("skips Christmas Day and the weekend after a Thursday interview (US 2026)", () => {
    const step = only(plan(interview({ interviewedAt: "2026-12-24T10:00:00-05:00" })), "thank_you");
    expect(step.sendAt).toBe("2026-12-28T09:30:00-05:00");
    expect(step.why).toContain("(Friday 25 Dec is Christmas Day, a public holiday; skipping the weekend)");
  });

  it("skips a Monday Christmas after a Friday interview (US 2028)", () => {
    const step = only(plan(interview({ interviewedAt: "2028-12-22T10:00:00-05:00" })), "thank_you");
    expect(step.sendAt).toBe("2028-12-26T09:30:00-05:00");
    expect(step.why).toContain(
      "the next business morning after your Friday interview (skipping the weekend; Monday 25 Dec is Christmas Day, a public holiday)",
    );
  });

  it("skips UK bank holidays", () => {
    const uk = { timezone: "Europe/London", country: "GB" };
    expect(
      times(plan(interview({ ...uk, interviewedAt: "2026-05-22T11:00:00+01:00" })), "thank_you"),
    ).toEqual(["2026-05-26T09:30:00+01:00"]);
    // Christmas on Friday, Boxing Day on Saturday, substitute on Monday 28.
    expect(times(plan(interview({ ...uk, interviewedAt: "2026-12-24T11:00:00Z" })), "thank_you")).toEqual([
      "2026-12-29T09:30:00+00:00",
    ]);
    // St Andrew's Day is a Scottish bank holiday only.
    const friday = "2026-11-27T11:00:00Z";
    expect(times(plan(interview({ ...uk, region: "SCT", interviewedAt: friday })), "thank_you")).toEqual([
      "2026-12-01T09:30:00+00:00",
    ]);
    expect(times(plan(interview({ ...uk, region: "ENG", interviewedAt: friday })), "thank_you")).toEqual([
      "2026-11-30T09:30:00+00:00",
    ]);
  });

  it("skips a German regional holiday only in that region", () => {
    const de = { timezone: "Europe/Berlin", country: "DE", interviewedAt: "2026-06-03T10:00:00+02:00" };
    const bavaria = only(plan(interview({ ...de, region: "BY" })), "thank_you");
    expect(bavaria.sendAt).toBe("2026-06-05T09:30:00+02:00");
    expect(bavaria.why).toContain("Thursday 4 Jun is Corpus Christi, a public holiday");
    expect(times(plan(interview(de)), "thank_you")).toEqual(["2026-06-04T09:30:00+02:00"]);
  });

  it("honours thankYouAfterBusinessDays and sendTime", () => {
    const two = only(plan(interview(withSettings({ thankYouAfterBusinessDays: 2 }))), "thank_you");
    expect(two.sendAt).toBe("2026-11-20T09:30:00-05:00");
    expect(two.why).toContain("2 business days after your Wednesday interview");
    const early = interview(
      withSettings({
        sendTime: "08:15",
        sendWindow: { start: "08:00", end: "18:00", days: [1, 2, 3, 4, 5] },
      }),
    );
    expect(times(plan(early), "thank_you")).toEqual(["2026-11-19T08:15:00-05:00"]);
  });

  it("keeps a sendTime outside the window inside it (window start)", () => {
    expect(times(plan(interview(withSettings({ sendTime: "07:00" }))), "thank_you")).toEqual([
      "2026-11-19T09:00:00-05:00",
    ]);
  });

  it("sends on Saturday when the window includes it", () => {
    const details = interview({
      interviewedAt: "2026-11-20T15:00:00-05:00",
      ...withSettings({ sendWindow: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5, 6] } }),
    });
    expect(times(plan(details), "thank_you")).toEqual(["2026-11-21T09:30:00-05:00"]);
  });

  it("writes one thank-you per distinct interviewer", () => {
    const details = interview({
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Ann Lee", email: "ANN@acme.test" },
        { name: "Bo Chen", email: "bo@acme.test" },
      ],
    });
    expect(
      plan(details)
        .filter((s) => s.kind === "thank_you")
        .map((s) => s.to.email),
    ).toEqual(["ann@acme.test", "bo@acme.test"]);
  });
});

describe("planChain: time zones and DST", () => {
  it("crosses the US spring-forward weekend (2026-03-08)", () => {
    const steps = plan(interview({ interviewedAt: "2026-03-06T15:00:00-05:00", recruiter: RECRUITER }));
    expect(times(steps, "thank_you")).toEqual(["2026-03-09T09:30:00-04:00"]);
    expect(followUps(steps)).toEqual([
      ["recruiter_check_in", "2026-03-13T09:30:00-04:00"],
      ["weekly_check_in", "2026-03-20T09:30:00-04:00"],
      ["weekly_check_in", "2026-03-27T09:30:00-04:00"],
    ]);
  });

  it("crosses the US fall-back weekend (2026-11-01)", () => {
    const steps = plan(interview({ interviewedAt: "2026-10-30T15:00:00-04:00" }));
    expect(times(steps, "thank_you")).toEqual(["2026-11-02T09:30:00-05:00"]);
  });

  it("crosses the EU spring-forward weekend (2026-03-29)", () => {
    const london = plan(
      interview({ interviewedAt: "2026-03-27T15:00:00Z", timezone: "Europe/London", country: "GB" }),
    );
    expect(times(london, "thank_you")).toEqual(["2026-03-30T09:30:00+01:00"]);
    const berlin = plan(
      interview({ interviewedAt: "2026-03-27T15:00:00+01:00", timezone: "Europe/Berlin", country: "DE" }),
    );
    expect(times(berlin, "thank_you")).toEqual(["2026-03-30T09:30:00+02:00"]);
  });

  it("handles Sydney's DST end over Easter and its start before Labour Day", () => {
    const au = { timezone: "Australia/Sydney", country: "AU", region: "NSW" };
    // Good Friday, Easter Saturday/Sunday, Easter Monday; AEDT (+11) ends on 5 Apr.
    expect(
      times(plan(interview({ ...au, interviewedAt: "2026-04-02T14:00:00+11:00" })), "thank_you"),
    ).toEqual(["2026-04-07T09:30:00+10:00"]);
    // AEDT starts on 4 Oct; Monday 5 Oct is Labour Day in NSW.
    expect(
      times(plan(interview({ ...au, interviewedAt: "2026-10-02T14:00:00+10:00" })), "thank_you"),
    ).toEqual(["2026-10-06T09:30:00+11:00"]);
  });

  it("plans half-hour zones and each contact in their own zone", () => {
    const details = interview({
      interviewedAt: "2026-12-01T15:00:00+05:30", // Tuesday in Kolkata
      timezone: "Asia/Kolkata",
      country: "IN",
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Ade Oz", email: "ade@acme.test", timezone: "Australia/Adelaide" },
      ],
    });
    const steps = plan(details).filter((s) => s.kind === "thank_you");
    // Adelaide's 09:30 (+10:30) comes before Kolkata's (+05:30), so it sorts first.
    expect(steps.map((s) => [s.to.email, s.sendAt, s.timezone])).toEqual([
      ["ade@acme.test", "2026-12-02T09:30:00+10:30", "Australia/Adelaide"],
      ["ann@acme.test", "2026-12-02T09:30:00+05:30", "Asia/Kolkata"],
    ]);
    const winter = interview({
      interviewedAt: "2026-06-15T10:00:00+09:30",
      timezone: "Australia/Adelaide",
      country: "AU",
      region: "SA",
    });
    expect(times(plan(winter), "thank_you")).toEqual(["2026-06-16T09:30:00+09:30"]);
  });

  it("times emails to a contact in another zone in that zone", () => {
    const details = interview({
      interviewedAt: "2026-12-01T15:00:00-05:00", // Tuesday
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Lou Hart", email: "lou@acme.test", timezone: "Europe/London" },
      ],
      recruiter: { ...RECRUITER, timezone: "Europe/Berlin" },
    });
    const steps = plan(details);
    expect(
      steps.filter((s) => s.kind === "thank_you").map((s) => [s.to.email, s.sendAt, s.timezone]),
    ).toEqual([
      ["lou@acme.test", "2026-12-02T09:30:00+00:00", "Europe/London"],
      ["ann@acme.test", "2026-12-02T09:30:00-05:00", NY],
    ]);
    // 5 business days after Tuesday 1 Dec, at 09:30 in Berlin.
    expect(only(steps, "recruiter_check_in").sendAt).toBe("2026-12-08T09:30:00+01:00");
    expect(only(steps, "recruiter_check_in").timezone).toBe("Europe/Berlin");
  });

  it("thanks a contact east of you the business morning after the interview's day in their zone", () => {
    // Monday 17:00 in Los Angeles is Tuesday 10:00 in Tokyo: Tuesday 09:30 there was before the interview.
    const details = interview({
      interviewedAt: "2026-11-16T17:00:00-08:00",
      timezone: "America/Los_Angeles",
      interviewers: [{ name: "Kai Ito", email: "kai@acme.test", timezone: "Asia/Tokyo", country: "JP" }],
    });
    const registeredBefore = plan(details, { now: new Date("2026-11-15T17:00:00Z") });
    const thankYou = only(registeredBefore, "thank_you");
    expect(thankYou.sendAt).toBe("2026-11-18T09:30:00+09:00");
    expect(thankYou.why).toBe(
      "Thank-you to Kai Ito on Wednesday 18 Nov at 09:30 (Asia/Tokyo), the next business morning after your interview (Tuesday there).",
    );
    expect(times(plan(details), "thank_you")).toEqual(["2026-11-18T09:30:00+09:00"]);
  });

  it("thanks a contact west of you the business morning after the interview's day in their zone", () => {
    // Tuesday 10:00 in Tokyo is Monday 17:00 in Los Angeles: their next business morning is Tuesday.
    const details = interview({
      interviewedAt: "2026-11-17T10:00:00+09:00",
      timezone: "Asia/Tokyo",
      country: "JP",
      interviewers: [
        { name: "Sam Wu", email: "sam@acme.test", timezone: "America/Los_Angeles", country: "US" },
      ],
      recruiter: { ...RECRUITER, timezone: "America/Los_Angeles", country: "US" },
    });
    const steps = plan(details);
    expect(times(steps, "thank_you")).toEqual(["2026-11-17T09:30:00-08:00"]);
    // 5 business days after Monday 16 Nov in Los Angeles.
    const checkIn = only(steps, "recruiter_check_in");
    expect(checkIn.sendAt).toBe("2026-11-23T09:30:00-08:00");
    expect(checkIn.why).toContain("5 business days after your interview (Monday there)");
    // The candidate's own reminder keeps the candidate's day.
    expect(times(steps, "handwritten_note")).toEqual(["2026-11-18T09:30:00+09:00"]);
  });
});

describe("planChain: the whole chain", () => {
  it("plans thank-yous, note, referrer update and check-ins when no decision date is known", () => {
    const steps = plan(interview({ recruiter: RECRUITER, referrer: REFERRER }));
    expect(steps.map((s) => [s.kind, s.sendAt, s.channel, s.to.email, s.rule])).toEqual([
      ["thank_you", "2026-11-19T09:30:00-05:00", "email", "ann@acme.test", PLAN_RULES.thankYou],
      [
        "handwritten_note",
        "2026-11-19T09:30:00-05:00",
        "reminder",
        "cara@example.com",
        PLAN_RULES.handwrittenNote,
      ],
      [
        "referrer_update",
        "2026-11-19T09:30:00-05:00",
        "email",
        "ray@friends.test",
        PLAN_RULES.referrerUpdate,
      ],
      // 5 business days after Wednesday 18 Nov
      [
        "recruiter_check_in",
        "2026-11-25T09:30:00-05:00",
        "email",
        "Rita.Ruiz@acme.test",
        PLAN_RULES.checkInAfterInterview,
      ],
      // then every 5 business days, skipping Thanksgiving
      [
        "weekly_check_in",
        "2026-12-03T09:30:00-05:00",
        "email",
        "Rita.Ruiz@acme.test",
        PLAN_RULES.weeklyCheckIn,
      ],
      [
        "weekly_check_in",
        "2026-12-10T09:30:00-05:00",
        "email",
        "Rita.Ruiz@acme.test",
        PLAN_RULES.weeklyCheckIn,
      ],
    ]);
    expect(steps.every((s) => s.phase === "chain")).toBe(true);
    const weekly = steps.filter((s) => s.kind === "weekly_check_in");
    expect(weekly[0]?.why).toBe(
      "Weekly check-in with Rita Ruiz on Thursday 3 Dec at 09:30 (America/New_York), 5 business days after the " +
        "previous check-in (Thursday 26 Nov is Thanksgiving Day, a public holiday); unanswered follow-up 2 of at most 3.",
    );
  });

  it("shapes email steps: to the contact, contact without extra fields", () => {
    const steps = plan(interview({ recruiter: RECRUITER }));
    expect(only(steps, "thank_you")).toMatchObject({
      channel: "email",
      to: { name: "Ann Lee", email: "ann@acme.test" },
      contact: { name: "Ann Lee", email: "ann@acme.test", role: "interviewer" },
      timezone: NY,
    });
    expect(only(steps, "thank_you").contact).toEqual({
      name: "Ann Lee",
      email: "ann@acme.test",
      role: "interviewer",
    });
    expect(only(steps, "recruiter_check_in").contact).toEqual({ ...RECRUITER, role: "recruiter" });
    const note = only(steps, "handwritten_note");
    expect(note.to).toEqual({ name: "Cara Diaz", email: "cara@example.com" });
    expect("contact" in note).toBe(false);
  });

  it("plans nudge, check-in and a weekly check-in around a known decision date", () => {
    const steps = plan(interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-12-11" }));
    expect(followUps(steps)).toEqual([
      ["pre_decision_nudge", "2026-12-08T09:30:00-05:00"], // 3 business days before Friday 11 Dec
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"], // 2 business days after it
      ["weekly_check_in", "2026-12-22T09:30:00-05:00"],
    ]);
    expect(only(steps, "pre_decision_nudge").rule).toBe(PLAN_RULES.preDecisionNudge);
    expect(only(steps, "recruiter_check_in").rule).toBe(PLAN_RULES.checkInAfterDecision);
    expect(only(steps, "pre_decision_nudge").why).toContain(
      "3 business days before the decision expected by Friday 11 Dec",
    );
  });

  it("keeps skipping holidays in later check-ins", () => {
    const details = interview({
      recruiter: RECRUITER,
      decisionExpectedBy: "2026-12-11",
      ...withSettings({ maxUnansweredFollowUps: 4 }),
    });
    expect(times(plan(details), "weekly_check_in")).toEqual([
      "2026-12-22T09:30:00-05:00",
      "2026-12-30T09:30:00-05:00", // Christmas Day skipped
    ]);
  });

  it("omits the nudge when it would not fall strictly after the thank-you day", () => {
    // Thank-you Friday 27 Nov; 3 business days before Monday 30 Nov is Tuesday 24 Nov.
    const tooClose = plan(
      interview({
        interviewedAt: "2026-11-25T15:00:00-05:00",
        recruiter: RECRUITER,
        decisionExpectedBy: "2026-11-30",
      }),
    );
    expect(followUps(tooClose)).toEqual([
      ["recruiter_check_in", "2026-12-02T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-09T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-16T09:30:00-05:00"],
    ]);
    // Thank-you Thursday 19 Nov: a decision on Tuesday 24 puts the nudge on the 19th itself, one day later on the 20th.
    expect(
      times(
        plan(interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-11-24" })),
        "pre_decision_nudge",
      ),
    ).toEqual([]);
    expect(
      times(
        plan(interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-11-25" })),
        "pre_decision_nudge",
      ),
    ).toEqual(["2026-11-20T09:30:00-05:00"]);
  });

  it("omits the nudge when the settings say so", () => {
    const details = interview({
      recruiter: RECRUITER,
      decisionExpectedBy: "2026-12-11",
      ...withSettings({ preDecisionNudge: false }),
    });
    expect(followUps(plan(details))).toEqual([
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-22T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-30T09:30:00-05:00"],
    ]);
  });

  it("plans no nudge or check-in without a recruiter", () => {
    const steps = plan(interview({ decisionExpectedBy: "2026-12-11", referrer: REFERRER }));
    expect(steps.map((s) => s.kind)).toEqual(["thank_you", "handwritten_note", "referrer_update"]);
  });

  it("leaves out the note and the referrer update when switched off", () => {
    const details = interview({
      referrer: REFERRER,
      ...withSettings({ handwrittenNote: false, referrerUpdate: false }),
    });
    expect(plan(details).map((s) => s.kind)).toEqual(["thank_you"]);
  });

  it("checks in on the decision day itself when checkInAfterDecisionBusinessDays is 0", () => {
    const details = interview({
      recruiter: RECRUITER,
      decisionExpectedBy: "2026-12-11",
      ...withSettings({ checkInAfterDecisionBusinessDays: 0 }),
    });
    expect(times(plan(details), "recruiter_check_in")).toEqual(["2026-12-11T09:30:00-05:00"]);
  });
});

describe("planChain: everyone is thanked before the recruiter hears of a follow-up", () => {
  it("moves a first check-in the settings put before the thank-yous to the business day after them", () => {
    // Thank-yous 5 business days after Wednesday 18 Nov: Wednesday 25; the check-in's rule says Thursday 19.
    const details = interview({
      recruiter: RECRUITER,
      ...withSettings({ thankYouAfterBusinessDays: 5, firstCheckInAfterBusinessDays: 1 }),
    });
    const steps = plan(details);
    expect(times(steps, "thank_you")).toEqual(["2026-11-25T09:30:00-05:00"]);
    expect(followUps(steps)).toEqual([
      ["recruiter_check_in", "2026-11-27T09:30:00-05:00"], // Thanksgiving skipped
      ["weekly_check_in", "2026-12-04T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-11T09:30:00-05:00"],
    ]);
    expect(only(steps, "recruiter_check_in").why).toBe(
      "Check-in with Rita Ruiz on Friday 27 Nov at 09:30 (America/New_York), the first send slot after the day " +
        "of the last thank-you, because Thursday 19 Nov at 09:30, 1 business day after your " +
        "Wednesday interview, as no decision date was given, was not after the day of the last thank-you; " +
        "unanswered follow-up 1 of at most 3.",
    );
  });

  it("never checks in on the thank-yous' own morning", () => {
    const details = interview({
      recruiter: RECRUITER,
      ...withSettings({ thankYouAfterBusinessDays: 2, firstCheckInAfterBusinessDays: 2 }),
    });
    const steps = plan(details);
    expect(times(steps, "thank_you")).toEqual(["2026-11-20T09:30:00-05:00"]);
    expect(times(steps, "recruiter_check_in")).toEqual(["2026-11-23T09:30:00-05:00"]);
  });

  it("waits for the last thank-you, in whichever zone it goes", () => {
    // Bo in Tokyo is thanked on Friday 20 Nov at 09:30 there, Thursday 19:30 in New York: after the
    // check-in's Thursday morning.
    const details = interview({
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Bo Sato", email: "bo@acme.test", timezone: "Asia/Tokyo", country: "JP" },
      ],
      recruiter: RECRUITER,
      ...withSettings({ firstCheckInAfterBusinessDays: 1 }),
    });
    const steps = plan(details);
    expect(times(steps, "thank_you")).toEqual(["2026-11-19T09:30:00-05:00", "2026-11-20T09:30:00+09:00"]);
    expect(times(steps, "recruiter_check_in")).toEqual(["2026-11-20T09:30:00-05:00"]);
  });

  it("moves a check-in after an early decision date past the thank-yous too, and plans no nudge", () => {
    const details = interview({
      recruiter: RECRUITER,
      decisionExpectedBy: "2026-11-20",
      ...withSettings({ thankYouAfterBusinessDays: 3, checkInAfterDecisionBusinessDays: 0 }),
    });
    const steps = plan(details);
    expect(times(steps, "thank_you")).toEqual(["2026-11-23T09:30:00-05:00"]);
    expect(followUps(steps)).toEqual([
      ["recruiter_check_in", "2026-11-24T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-02T09:30:00-05:00"], // Thanksgiving skipped
      ["weekly_check_in", "2026-12-09T09:30:00-05:00"],
    ]);
    expect(only(steps, "recruiter_check_in").why).toContain(
      "the first send slot after the day of the last thank-you",
    );
  });
});

describe("planChain: cap on unanswered follow-ups", () => {
  const unknown = interview({ recruiter: RECRUITER });
  const known = interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-12-11" });

  it.each([
    [0, ["recruiter_check_in", "weekly_check_in", "weekly_check_in"]],
    [1, ["recruiter_check_in", "weekly_check_in"]],
    [2, ["recruiter_check_in"]],
    [3, []],
    [7, []],
  ])("with %i prior follow-ups and no decision date", (prior, kinds) => {
    const steps = plan(unknown, { priorUnansweredFollowUps: { "rita.ruiz@acme.test": prior } });
    expect(followUps(steps).map(([kind]) => kind)).toEqual(kinds);
    expect(steps.filter((s) => s.kind === "thank_you")).toHaveLength(1);
  });

  it.each([
    [0, ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"]],
    [1, ["pre_decision_nudge", "recruiter_check_in"]],
    // With one follow-up left, the check-in after the decision date beats the nudge.
    [2, ["recruiter_check_in"]],
    [3, []],
  ])("with %i prior follow-ups and a decision date", (prior, kinds) => {
    const steps = plan(known, { priorUnansweredFollowUps: { "rita.ruiz@acme.test": prior } });
    expect(followUps(steps).map(([kind]) => kind)).toEqual(kinds);
  });

  it("counts the earlier rounds in the explanation", () => {
    const steps = plan(unknown, { priorUnansweredFollowUps: { "rita.ruiz@acme.test": 1 } });
    expect(only(steps, "recruiter_check_in").why).toContain(
      "unanswered follow-up 2 of at most 3 (1 from earlier rounds)",
    );
    expect(only(steps, "weekly_check_in").why).toContain("unanswered follow-up 3 of at most 3");
  });

  it("ignores prior follow-ups to someone else and matches emails case-insensitively", () => {
    expect(followUps(plan(unknown, { priorUnansweredFollowUps: { "ann@acme.test": 3 } }))).toHaveLength(3);
    expect(followUps(plan(unknown, { priorUnansweredFollowUps: { "Rita.Ruiz@ACME.test": 3 } }))).toHaveLength(
      0,
    );
  });

  it("plans none with a cap of 0", () => {
    expect(
      followUps(plan(interview({ recruiter: RECRUITER, ...withSettings({ maxUnansweredFollowUps: 0 }) }))),
    ).toEqual([]);
  });
});

describe("planChain: remind mode", () => {
  it("turns every step into a reminder to the candidate, in the interview's zone", () => {
    const details = interview({
      mode: "remind",
      interviewers: [{ name: "Lou Hart", email: "lou@acme.test", timezone: "Europe/London" }],
      recruiter: { ...RECRUITER, timezone: "Europe/Berlin" },
      referrer: REFERRER,
      decisionExpectedBy: "2026-12-11",
    });
    const steps = plan(details);
    expect(steps.map((s) => [s.kind, s.sendAt, s.contact?.email])).toEqual([
      ["thank_you", "2026-11-19T09:30:00-05:00", "lou@acme.test"],
      ["handwritten_note", "2026-11-19T09:30:00-05:00", undefined],
      ["referrer_update", "2026-11-19T09:30:00-05:00", "ray@friends.test"],
      ["pre_decision_nudge", "2026-12-08T09:30:00-05:00", "Rita.Ruiz@acme.test"],
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00", "Rita.Ruiz@acme.test"],
      ["weekly_check_in", "2026-12-22T09:30:00-05:00", "Rita.Ruiz@acme.test"],
    ]);
    for (const s of steps) {
      expect(s.channel).toBe("reminder");
      expect(s.to).toEqual({ name: "Cara Diaz", email: "cara@example.com" });
      expect(s.timezone).toBe(NY);
    }
    expect(only(steps, "thank_you").contact).toEqual({
      name: "Lou Hart",
      email: "lou@acme.test",
      role: "interviewer",
    });
    expect(only(steps, "thank_you").why).toMatch(
      /^Reminder to send your thank-you to Lou Hart on Thursday 19 Nov/,
    );
  });
});

describe("planChain: never before now", () => {
  it("moves overdue steps to the next send slot after now and keeps the check-ins spaced", () => {
    const details = interview({ interviewedAt: "2026-11-25T15:00:00-05:00", recruiter: RECRUITER });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-09T12:00:00-05:00") });
    // The overdue thank-you goes now; the check-in, just as overdue, on the next business day after it.
    expect(steps.map((s) => [s.kind, s.sendAt])).toEqual([
      ["thank_you", "2026-12-09T12:00:00-05:00"],
      ["handwritten_note", "2026-12-09T12:00:00-05:00"],
      ["recruiter_check_in", "2026-12-10T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-17T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-24T09:30:00-05:00"],
    ]);
    expect(only(steps, "recruiter_check_in").why).toContain(
      "the first send slot after the day of the last thank-you, because Thursday 3 Dec at 09:30",
    );
    expect(only(steps, "thank_you").why).toBe(
      "Thank-you to Ann Lee on Wednesday 9 Dec at 12:00 (America/New_York), the first send slot after now, because " +
        "Friday 27 Nov at 09:30, the next business morning after your Wednesday interview (Thursday 26 Nov is " +
        "Thanksgiving Day, a public holiday), had already passed.",
    );
    expect(steps.find((s) => s.kind === "weekly_check_in")?.why).not.toContain("already passed");
  });

  it("never follows up in the minute it thanks the same recruiter: the follow-ups start the next business day", () => {
    // The recruiter sat on the panel; registered two weeks late, the thank-you to them goes now.
    const details = interview({
      interviewedAt: "2026-11-25T15:00:00-05:00",
      interviewers: [{ name: "Rita Ruiz", email: "rita.ruiz@acme.test" }],
      recruiter: RECRUITER,
    });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-09T12:00:00-05:00") });
    expect(steps.map((s) => [s.kind, s.sendAt])).toEqual([
      ["thank_you", "2026-12-09T12:00:00-05:00"],
      ["handwritten_note", "2026-12-09T12:00:00-05:00"],
      ["recruiter_check_in", "2026-12-10T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-17T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-24T09:30:00-05:00"],
    ]);
    expect(only(steps, "recruiter_check_in").why).toBe(
      "Check-in with Rita Ruiz on Thursday 10 Dec at 09:30 (America/New_York), the first send slot after the day " +
        "of their thank-you, because Thursday 3 Dec at 09:30, 5 business days after your Wednesday interview, as " +
        "no decision date was given (Thursday 26 Nov is Thanksgiving Day, a public holiday), was not after the " +
        "day of their thank-you; unanswered follow-up 1 of at most 3.",
    );
  });

  it("sends a late nudge the day after the panel's thanks passed on through the same recruiter", () => {
    const details = interview({
      interviewers: [{ name: "Bo Park" }],
      recruiter: RECRUITER,
      decisionExpectedBy: "2026-12-11",
    });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-08T10:00:00-05:00") });
    expect(times(steps, "panel_thanks")).toEqual(["2026-12-08T10:00:00-05:00"]);
    expect(followUps(steps)).toEqual([
      ["pre_decision_nudge", "2026-12-09T09:30:00-05:00"],
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-22T09:30:00-05:00"],
    ]);
  });

  it("rounds now up to the minute", () => {
    const details = interview({ interviewedAt: "2026-11-25T15:00:00-05:00" });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-09T12:00:30-05:00") });
    expect(times(steps, "thank_you")).toEqual(["2026-12-09T12:01:00-05:00"]);
  });

  it("waits for the next business morning when now is outside the window", () => {
    const details = interview({ interviewedAt: "2026-11-25T15:00:00-05:00" });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-04T18:00:00-05:00") }); // Friday evening
    expect(times(steps, "thank_you")).toEqual(["2026-12-07T09:30:00-05:00"]);
  });

  it("keeps a late nudge that can still go before the decision date, after the overdue thank-you", () => {
    const details = interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-12-11" });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-09T10:00:00-05:00") });
    expect(times(steps, "thank_you")).toEqual(["2026-12-09T10:00:00-05:00"]);
    expect(followUps(steps)).toEqual([
      ["pre_decision_nudge", "2026-12-10T09:30:00-05:00"],
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-22T09:30:00-05:00"],
    ]);
  });

  it("drops a nudge that could only go on or after the decision date", () => {
    // Registered the day before the decision: the thank-you goes now, so a nudge could only go on the day.
    const dayBefore = planChain({
      words: planWords,
      details: interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-12-11" }),
      now: new Date("2026-12-10T10:00:00-05:00"),
    });
    expect(times(dayBefore, "pre_decision_nudge")).toEqual([]);
    const details = interview({ recruiter: RECRUITER, decisionExpectedBy: "2026-12-11" });
    const steps = planChain({ words: planWords, details, now: new Date("2026-12-11T10:00:00-05:00") });
    expect(followUps(steps)).toEqual([
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-22T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-30T09:30:00-05:00"],
    ]);
  });

  it("moves nothing when planned right after the interview", () => {
    const steps = plan(interview({ recruiter: RECRUITER }));
    expect(steps.some((s) => s.why.includes("first send slot"))).toBe(false);
  });

  it("never plans a step before the interview itself", () => {
    const details = interview(withSettings({ thankYouAfterBusinessDays: 0 }));
    const steps = planChain({ words: planWords, details, now: new Date("2026-11-18T08:00:00-05:00") });
    const thankYou = only(steps, "thank_you");
    expect(thankYou.sendAt).toBe("2026-11-18T14:00:00-05:00");
    expect(thankYou.why).toContain("was before the interview");
  });

  it("returns steps sorted by send time", () => {
    const details = interview({
      interviewedAt: "2026-11-25T15:00:00-05:00",
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Kai Ito", email: "kai@acme.test", timezone: "Asia/Tokyo" },
      ],
      recruiter: RECRUITER,
    });
    const instants = plan(details).map((s) => new Date(s.sendAt).getTime());
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(plan(details)[0]?.to.email).toBe("kai@acme.test");
  });
});

describe("planChain: presets", () => {
  it("minimal: thank-yous and a single check-in", () => {
    const details = interview({
      recruiter: RECRUITER,
      referrer: REFERRER,
      decisionExpectedBy: "2026-12-11",
      ...withSettings({}, "minimal"),
    });
    expect(plan(details).map((s) => [s.kind, s.sendAt])).toEqual([
      ["thank_you", "2026-11-19T09:30:00-05:00"],
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"],
    ]);
  });

  it("patient: slower, fewer check-ins", () => {
    const details = interview({ recruiter: RECRUITER, ...withSettings({}, "patient") });
    expect(followUps(plan(details))).toEqual([
      ["recruiter_check_in", "2026-11-30T09:30:00-05:00"], // 7 business days, Thanksgiving skipped
      ["weekly_check_in", "2026-12-09T09:30:00-05:00"],
    ]);
  });

  it("patient with an override of the cap", () => {
    const details = interview({
      recruiter: RECRUITER,
      ...withSettings({ maxUnansweredFollowUps: 3 }, "patient"),
    });
    expect(times(plan(details), "weekly_check_in")).toEqual([
      "2026-12-09T09:30:00-05:00",
      "2026-12-18T09:30:00-05:00",
    ]);
  });

  it("patient never nudges before the decision", () => {
    const details = interview({
      recruiter: RECRUITER,
      decisionExpectedBy: "2026-12-11",
      ...withSettings({}, "patient"),
    });
    expect(followUps(plan(details))).toEqual([
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00"],
      ["weekly_check_in", "2026-12-24T09:30:00-05:00"], // 7 business days
    ]);
  });
});

describe("planChain: invalid input", () => {
  it("rejects an unsupported country", () => {
    expect(() => plan(interview({ country: "XX" }))).toThrow(/Unsupported country/);
  });

  it("rejects an unknown zone", () => {
    expect(() => plan(interview({ timezone: "Mars/Olympus" }))).toThrow(/Unknown IANA time zone/);
  });

  it("rejects a malformed interview time", () => {
    expect(() =>
      planChain({ words: planWords, details: interview({ interviewedAt: "yesterday" }), now: new Date() }),
    ).toThrow(/Invalid interviewedAt/);
  });
});

describe("planAfterRejection", () => {
  const stoppedAt = new Date("2026-12-17T18:00:00Z"); // Thursday 13:00 in New York

  it("plans a gracious reply and a keep-in-touch note to the recruiter", () => {
    const steps = planAfterRejection({
      words: planWords,
      details: interview({ recruiter: RECRUITER }),
      now: stoppedAt,
      stoppedAt,
    });
    expect(steps).toEqual([
      {
        kind: "rejection_reply",
        channel: "email",
        to: RECRUITER,
        contact: { ...RECRUITER, role: "recruiter" },
        sendAt: "2026-12-18T09:30:00-05:00",
        timezone: NY,
        phase: "after_rejection",
        rule: PLAN_RULES.rejectionReply,
        why:
          "Gracious reply thanking Rita Ruiz for the opportunity on Friday 18 Dec at 09:30 (America/New_York), " +
          "the next business morning after the rejection.",
      },
      {
        kind: "keep_in_touch",
        channel: "email",
        to: RECRUITER,
        contact: { ...RECRUITER, role: "recruiter" },
        // 17 Apr 2027 is a Saturday; EDT by then.
        sendAt: "2027-04-19T09:30:00-04:00",
        timezone: NY,
        phase: "after_rejection",
        rule: PLAN_RULES.keepInTouch,
        why:
          "Keep-in-touch note to Rita Ruiz on Monday 19 Apr 2027 at 09:30 (America/New_York), 4 months after the " +
          "rejection (skipping the weekend).",
      },
    ]);
  });

  it("falls back to the first interviewer without a recruiter", () => {
    const steps = planAfterRejection({ words: planWords, details: interview(), now: stoppedAt, stoppedAt });
    expect(steps.map((s) => [s.kind, s.to.email, s.contact?.role])).toEqual([
      ["rejection_reply", "ann@acme.test", "interviewer"],
      ["keep_in_touch", "ann@acme.test", "interviewer"],
    ]);
  });

  it("plans nothing with nobody to write to", () => {
    expect(
      planAfterRejection({
        words: planWords,
        details: interview({ interviewers: [] }),
        now: stoppedAt,
        stoppedAt,
      }),
    ).toEqual([]);
  });

  it("plans no keep-in-touch note when keepInTouchAfterMonths is 0", () => {
    const details = interview({ recruiter: RECRUITER, ...withSettings({ keepInTouchAfterMonths: 0 }) });
    expect(
      planAfterRejection({ words: planWords, details, now: stoppedAt, stoppedAt }).map((s) => s.kind),
    ).toEqual(["rejection_reply"]);
  });

  it("uses the recipient's zone and local date", () => {
    // 01:00 on Friday in London is still Thursday evening in New York.
    const at = new Date("2026-12-18T01:00:00Z");
    const details = interview({ recruiter: { ...RECRUITER, timezone: "Europe/London" } });
    expect(
      planAfterRejection({ words: planWords, details, now: at, stoppedAt: at }).map((s) => s.sendAt),
    ).toEqual([
      "2026-12-21T09:30:00+00:00",
      "2027-04-19T09:30:00+01:00", // 18 Apr 2027 is a Sunday
    ]);
  });

  it("skips Christmas and the weekend", () => {
    const at = new Date("2026-12-24T15:00:00-05:00");
    const steps = planAfterRejection({
      words: planWords,
      details: interview({ recruiter: RECRUITER }),
      now: at,
      stoppedAt: at,
    });
    expect(steps[0]?.sendAt).toBe("2026-12-28T09:30:00-05:00");
    expect(steps[1]?.sendAt).toBe("2027-04-26T09:30:00-04:00"); // 24 Apr 2027 is a Saturday
  });

  it("follows rejectionReplyAfterBusinessDays and keepInTouchAfterMonths", () => {
    const details = interview({
      recruiter: RECRUITER,
      ...withSettings({ rejectionReplyAfterBusinessDays: 3, keepInTouchAfterMonths: 2 }),
    });
    expect(
      planAfterRejection({ words: planWords, details, now: stoppedAt, stoppedAt }).map((s) => s.sendAt),
    ).toEqual([
      "2026-12-22T09:30:00-05:00", // Friday 18, Monday 21, Tuesday 22
      "2027-02-17T09:30:00-05:00",
    ]);
  });

  it("sends reminders to the candidate in remind mode", () => {
    const details = interview({ mode: "remind", recruiter: { ...RECRUITER, timezone: "Europe/London" } });
    const steps = planAfterRejection({ words: planWords, details, now: stoppedAt, stoppedAt });
    for (const s of steps) {
      expect(s.channel).toBe("reminder");
      expect(s.to).toEqual({ name: "Cara Diaz", email: "cara@example.com" });
      expect(s.contact).toEqual({ ...RECRUITER, role: "recruiter" });
      expect(s.timezone).toBe(NY);
      expect(s.phase).toBe("after_rejection");
    }
    expect(steps.map((s) => s.sendAt)).toEqual(["2026-12-18T09:30:00-05:00", "2027-04-19T09:30:00-04:00"]);
  });

  it("never plans before now", () => {
    const now = new Date("2026-12-22T11:00:00-05:00");
    const steps = planAfterRejection({
      words: planWords,
      details: interview({ recruiter: RECRUITER }),
      now,
      stoppedAt,
    });
    expect(steps[0]?.sendAt).toBe("2026-12-22T11:00:00-05:00");
    expect(steps[0]?.why).toContain("had already passed");
  });
});

describe("planCheckInAfterReply", () => {
  it("writes the decision date the reply named as other whys do, and names a holiday it skipped", () => {
    const details = interview({ recruiter: RECRUITER });
    const [checkIn] = planCheckInAfterReply({
      words: planWords,
      details,
      now: new Date("2026-11-25T15:00:00Z"),
      contact: RECRUITER,
      role: "recruiter",
      decisionDate: "2026-12-24",
    });
    // Thursday 24 Dec + 2 business days: Friday 25 is Christmas, so Monday 28, Tuesday 29.
    expect(checkIn?.sendAt).toBe("2026-12-29T09:30:00-05:00");
    expect(checkIn?.why).toBe(
      "Check-in with Rita Ruiz on Tuesday 29 Dec at 09:30 (America/New_York), 2 business days after the decision date Thursday 24 Dec they gave in their reply (Friday 25 Dec is Christmas Day, a public holiday).",
    );
  });
});
