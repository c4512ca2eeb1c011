import { describe, expect, it } from "vitest";
import { PLAN_RULES } from "../../../../shared/domain/plan-rules.js";
import { settledStepAt } from "../../../../shared/domain/settled-step-at.js";
import type { Step, StepStatus } from "../../../../shared/domain/step.js";

const ANN = { name: "Ann Lee", email: "Ann@acme.test", role: "interviewer" as const };
const RITA = { name: "Rita Ruiz", email: "rita@acme.test", role: "recruiter" as const };

function step(status: StepStatus, extra: Partial<Step> = {}): Step {
  return {
    id: "s1",
    kind: "thank_you",
    channel: "email",
    to: { name: ANN.name, email: ANN.email },
    contact: ANN,
    sendAt: "2026-11-19T09:30:00-05:00",
    timezone: "America/New_York",
    phase: "chain",
    rule: PLAN_RULES.thankYou,
    why: "",
    status,
    scheduleName: "x-s1",
    updatedAt: "2026-11-18T20:00:00.000Z",
    ...extra,
  };
}

describe("settledStepAt", () => {
  it("answers when a thank-you went, matched by kind and contact in any case", () => {
    const at = settledStepAt([step("sent", { sentAt: "2026-11-19T14:31:05.000Z" })]);
    const planned = { kind: "thank_you" as const, rule: PLAN_RULES.thankYou };
    expect(at({ ...planned, contact: { ...ANN, email: "ann@ACME.test" } })).toEqual(
      new Date("2026-11-19T14:31:05.000Z"),
    );
    expect(at({ ...planned, contact: { ...ANN, email: "bob@acme.test" } })).toBeUndefined();
    expect(at({ ...planned, kind: "referrer_update", contact: ANN })).toBeUndefined();
  });

  it("knows nothing of a step still to go, or cancelled: the plan's own slot stands", () => {
    const at = settledStepAt([step("scheduled"), step("unscheduled"), step("cancelled")]);
    expect(at({ kind: "thank_you", rule: PLAN_RULES.thankYou, contact: ANN })).toBeUndefined();
  });

  it("takes the panel's thanks, which has no contact, by its kind", () => {
    const panel = step("unknown", {
      kind: "panel_thanks",
      contact: undefined,
      claimedAt: "2026-11-19T14:30:00.000Z",
    });
    expect(
      settledStepAt([panel])({ kind: "panel_thanks", rule: PLAN_RULES.panelThanksViaRecruiter }),
    ).toEqual(new Date("2026-11-19T14:30:00.000Z"));
  });

  it("counts weekly check-ins in send order, and tells a check-in's rules apart", () => {
    const weekly = (status: StepStatus, sendAt: string) =>
      step(status, { kind: "weekly_check_in", rule: PLAN_RULES.weeklyCheckIn, contact: RITA, sendAt });
    const at = settledStepAt([
      weekly("scheduled", "2026-12-15T09:30:00-05:00"),
      weekly("sent", "2026-12-08T09:30:00-05:00"),
      step("sent", { kind: "recruiter_check_in", rule: PLAN_RULES.checkInAfterInterview, contact: RITA }),
    ]);
    const planned = { kind: "weekly_check_in" as const, rule: PLAN_RULES.weeklyCheckIn, contact: RITA };
    expect(at(planned, 1)).toEqual(new Date("2026-12-08T09:30:00-05:00"));
    expect(at(planned, 2)).toBeUndefined();
    const checkIn = { kind: "recruiter_check_in" as const, contact: RITA };
    expect(at({ ...checkIn, rule: PLAN_RULES.checkInAfterInterview })).toBeDefined();
    expect(at({ ...checkIn, rule: PLAN_RULES.checkInAfterDecision })).toBeUndefined();
  });
});
