import { describe, expect, it } from "vitest";
import { createBusinessCalendar } from "../../../../shared/domain/business-calendar.js";
import { holidayYears } from "../../../../shared/domain/holiday-source.js";
import type { InterviewDetails } from "../../../../shared/domain/interview.js";
import { planChain } from "../../../../shared/domain/plan-chain.js";
import {
  DEFAULT_PLANNER_SETTINGS,
  resolvePlannerSettings,
} from "../../../../shared/domain/planner-settings.js";
import type { PlannedStep } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";

const window = DEFAULT_PLANNER_SETTINGS.sendWindow; // Mon-Fri
const us = createBusinessCalendar({ country: "US", observeHolidays: true, sendWindow: window });

describe("public holidays outside the years of the holiday tables", () => {
  it("are known from the first year to the last, both included", () => {
    expect(holidayYears()).toEqual({ first: 2025, last: 2036 });
    expect(us.holidayOn("2025-12-25")).toBe("Christmas Day");
    expect(us.holidayOn("2036-12-25")).toBe("Christmas Day"); // a Thursday
    expect(us.isBusinessDay("2036-12-25")).toBe(false);
    expect(us.holidaysUnknownOn("2025-01-01")).toBe(false);
    expect(us.holidaysUnknownOn("2036-12-31")).toBe(false);
  });

  it.each([
    ["after the last year", "2037-12-25"], // a Friday
    ["before the first year", "2024-12-25"], // a Wednesday
  ])("count no holiday %s: only the weekend, and the calendar says holidays are unknown", (_, christmas) => {
    expect(us.holidayOn(christmas)).toBeUndefined();
    expect(us.isBusinessDay(christmas)).toBe(true);
    expect(us.holidaysUnknownOn(christmas)).toBe(true);
    expect(us.addBusinessDays(christmas, 0)).toBe(christmas);
  });

  it("are not reported unknown when holidays are not observed, or the country has none (weekend only)", () => {
    const off = createBusinessCalendar({ country: "US", observeHolidays: false, sendWindow: window });
    expect(off.holidaysUnknownOn("2037-12-25")).toBe(false);
    const jordan = createBusinessCalendar({
      country: "JO",
      observeHolidays: true,
      sendWindow: { ...window },
    });
    expect(jordan.holidaysUnknownOn("2037-12-24")).toBe(false);
  });
});

function christmasEveInterview(year: number): InterviewDetails {
  return {
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    applicationKey: "acme-corp--staff-engineer",
    interviewedAt: `${year}-12-24T14:00:00-05:00`, // a Thursday in 2026 and in 2037
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Cara Diaz", email: "cara@example.com", links: [] },
    interviewers: [{ name: "Ann Lee", email: "ann@acme.test" }],
    mode: "send",
    cadence: "standard",
    settings: resolvePlannerSettings(),
  };
}

function thankYou(year: number): PlannedStep {
  const details = christmasEveInterview(year);
  const now = new Date(new Date(details.interviewedAt).getTime() + 3 * 3_600_000);
  const step = planChain({ words: planWords, details, now }).find((s) => s.kind === "thank_you");
  if (!step) throw new Error("no thank-you planned");
  return step;
}

describe("the planner past the holiday tables", () => {
  it("skips Christmas inside the tables, and says so", () => {
    const step = thankYou(2026);
    expect(step.sendAt).toBe("2026-12-28T09:30:00-05:00");
    expect(step.why).toContain("Friday 25 Dec is Christmas Day, a public holiday");
    expect(step.why).not.toContain("no public holidays are known");
  });

  it("sends on Christmas past them, and the step's why says no holidays were known that year", () => {
    const step = thankYou(2037);
    expect(step.sendAt).toBe("2037-12-25T09:30:00-05:00");
    expect(step.why).toContain("no public holidays are known for 2037 yet, so none are skipped");
  });
});
