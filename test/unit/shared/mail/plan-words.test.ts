import { describe, expect, it } from "vitest";
import type { StepWhy } from "../../../../shared/domain/plan-words.js";
import { planWords } from "../../../../shared/mail/plan-words.js";

const TUESDAY_0930 = new Date("2026-11-24T14:30:00Z");
const base: StepWhy = {
  subject: { kind: "thank_you", send: true, name: "Ann Lee" },
  at: TUESDAY_0930,
  zone: "America/New_York",
  floor: "now",
  timing: { rule: "after_interview", businessDays: 1, interviewDay: "2026-11-23" },
  year: 2026,
};

describe("planWords: a planned step's why, from the planner's data", () => {
  it("says who, when in the step's zone (no year for the interview's), and the rule", () => {
    expect(planWords.why(base)).toBe(
      "Thank-you to Ann Lee on Tuesday 24 Nov at 09:30 (America/New_York), the next business morning after your Monday interview.",
    );
  });

  it("names the days skipped, a weekend other than Saturday and Sunday with its country", () => {
    const why = planWords.why({
      ...base,
      subject: { kind: "check_in", send: false, name: "Rita" },
      timing: {
        rule: "after_decision",
        businessDays: 2,
        decisionDate: "2027-01-04",
        skipped: [
          { skipped: "weekend", country: "IL" },
          { skipped: "holiday", day: "2026-12-25", name: "Christmas Day" },
          { skipped: "holidays_unknown", year: "2037" },
        ],
      },
    });
    expect(why).toBe(
      "Reminder to check in with Rita on Tuesday 24 Nov at 09:30 (America/New_York), 2 business days after " +
        "the decision expected by Monday 4 Jan 2027 (skipping the weekend, Friday and Saturday in Israel; " +
        "Friday 25 Dec is Christmas Day, a public holiday; no public holidays are known for 2037 yet, so none are skipped).",
    );
  });

  it("explains a step moved past its floor, and counts a follow-up against the cap", () => {
    const why = planWords.why({
      ...base,
      subject: { kind: "weekly_check_in", send: true, name: "Rita" },
      movedFrom: new Date("2026-11-23T14:30:00Z"),
      floor: "interview",
      timing: { rule: "after_previous_check_in", businessDays: 1 },
      count: { n: 3, max: 3, prior: 1 },
    });
    expect(why).toBe(
      "Weekly check-in with Rita on Tuesday 24 Nov at 09:30 (America/New_York), the first send slot after " +
        "the interview, because Monday 23 Nov at 09:30, 1 business day after the previous check-in, was before " +
        "the interview; unanswered follow-up 3 of at most 3 (1 from earlier rounds).",
    );
    expect(planWords.recount(why, { n: 2, max: 4, prior: 0 })).toMatch(
      /; unanswered follow-up 2 of at most 4\.$/,
    );
    expect(planWords.recount("No count here.", { n: 2, max: 4, prior: 0 })).toBe("No count here.");
  });
});
