import { describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../../../shared/domain/interview.js";
import { planAfterRejection } from "../../../../shared/domain/plan-after-rejection.js";
import { planChain } from "../../../../shared/domain/plan-chain.js";
import { PLAN_RULES } from "../../../../shared/domain/plan-rules.js";
import type { PlannedStep } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";
import { planDetails } from "../../../support/plan-details.js";

const CANDIDATE = { name: "Cara Diaz", email: "cara@example.com" };
const RECRUITER = { name: "Rita Ruiz", email: "rita@acme.test" };

/** A Wednesday onsite with Ann (address known), and Bo and Chen (no address). */
function interview(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return planDetails({
    candidate: CANDIDATE,
    interviewers: [
      { name: "Ann Lee", email: "ann@acme.test" },
      { name: "Bo Chen", topics: ["caching"] },
      { name: "Dee Moss" },
    ],
    recruiter: RECRUITER,
    ...overrides,
  });
}

const plan = (details: InterviewDetails) =>
  planChain({ words: planWords, details, now: new Date("2026-11-18T17:00:00-05:00") });
const panelSteps = (steps: PlannedStep[]) => steps.filter((s) => s.kind === "panel_thanks");

describe("planChain: panel members without an address", () => {
  it("send mode with a recruiter: one email to the recruiter naming them, at the thank-you slot", () => {
    const steps = plan(interview());
    const [panel, ...others] = panelSteps(steps);
    expect(others).toEqual([]);
    const ann = steps.find((s) => s.kind === "thank_you");
    expect(steps.filter((s) => s.kind === "thank_you").map((s) => s.to.email)).toEqual(["ann@acme.test"]);
    expect(panel).toMatchObject({
      channel: "email",
      to: RECRUITER,
      sendAt: ann?.sendAt,
      phase: "chain",
      rule: PLAN_RULES.panelThanksViaRecruiter,
    });
    expect(panel).not.toHaveProperty("contact");
    expect(panel?.why).toMatch(/^Thank-you to Rita Ruiz, asking them to pass it on to Bo Chen and Dee Moss/);
  });

  it("send mode without a recruiter: a reminder to the candidate to find their address", () => {
    const steps = plan(interview({ recruiter: undefined }));
    const [panel, ...others] = panelSteps(steps);
    expect(others).toEqual([]);
    expect(panel).toMatchObject({
      channel: "reminder",
      to: CANDIDATE,
      rule: PLAN_RULES.panelThanksFindAddress,
      sendAt: "2026-11-19T09:30:00-05:00",
    });
    expect(panel?.why).toMatch(/^Reminder to find the address of Bo Chen and Dee Moss/);
  });

  it("remind mode with a recruiter: a reminder to thank them through the recruiter", () => {
    const [panel] = panelSteps(plan(interview({ mode: "remind" })));
    expect(panel).toMatchObject({
      channel: "reminder",
      to: CANDIDATE,
      rule: PLAN_RULES.panelThanksViaRecruiter,
    });
    expect(panel?.why).toMatch(/^Reminder to thank Bo Chen and Dee Moss through Rita Ruiz/);
  });

  it("remind mode without a recruiter: a reminder to find their address", () => {
    const [panel] = panelSteps(plan(interview({ mode: "remind", recruiter: undefined })));
    expect(panel).toMatchObject({ channel: "reminder", rule: PLAN_RULES.panelThanksFindAddress });
    expect(panel?.why).toMatch(/^Reminder to find the address of Bo Chen and Dee Moss/);
  });

  it("does not use up the recruiter's unanswered follow-ups: the panel thank-you is no follow-up", () => {
    const chase = (steps: PlannedStep[]) =>
      steps.filter((s) => s.to.email === RECRUITER.email && s.kind !== "panel_thanks").map((s) => s.sendAt);
    const withPanel = chase(plan(interview()));
    const without = chase(plan(interview({ interviewers: [{ name: "Ann Lee", email: "ann@acme.test" }] })));
    expect(withPanel.length).toBeGreaterThan(0);
    expect(withPanel).toEqual(without);
  });

  it("plans no panel step when every interviewer has an address", () => {
    const steps = plan(interview({ interviewers: [{ name: "Ann Lee", email: "ann@acme.test" }] }));
    expect(panelSteps(steps)).toEqual([]);
  });

  it("names a person listed twice without an address once", () => {
    const [panel] = panelSteps(
      plan(interview({ interviewers: [{ name: "Bo Chen" }, { name: " bo chen " }, { name: "Dee Moss" }] })),
    );
    expect(panel?.why).toMatch(/pass it on to Bo Chen and Dee Moss,/);
  });

  it("sends the panel thank-you on the recruiter's calendar when they are abroad", () => {
    const [panel] = panelSteps(
      plan(interview({ recruiter: { ...RECRUITER, timezone: "Europe/London", country: "GB" } })),
    );
    expect(panel).toMatchObject({ timezone: "Europe/London", sendAt: "2026-11-19T09:30:00+00:00" });
  });

  it("replies to a rejection through the first interviewer with an address when there is no recruiter", () => {
    const details = interview({
      recruiter: undefined,
      interviewers: [{ name: "Bo Chen" }, { name: "Ann Lee", email: "ann@acme.test" }],
    });
    const steps = planAfterRejection({
      words: planWords,
      details,
      now: new Date("2026-11-20T12:00:00-05:00"),
      stoppedAt: new Date("2026-11-20T12:00:00-05:00"),
    });
    expect(steps.map((s) => s.to.email)).toEqual(["ann@acme.test", "ann@acme.test"]);
  });

  it("plans no rejection reply when no one has an address", () => {
    const details = interview({ recruiter: undefined, interviewers: [{ name: "Bo Chen" }] });
    const now = new Date("2026-11-20T12:00:00-05:00");
    expect(planAfterRejection({ words: planWords, details, now, stoppedAt: now })).toEqual([]);
  });
});
