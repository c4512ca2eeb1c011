import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step, StepStatus } from "../../../../shared/domain/step.js";
import { trimStoredSteps } from "../../../../shared/domain/trim-stored-steps.js";

function step(n: number, status: StepStatus): Step {
  return {
    id: `s${n}`,
    kind: "thank_you",
    channel: "email",
    to: { name: "Ann Lee", email: "ann@acme.test" },
    sendAt: "2026-11-24T09:30:00-05:00",
    timezone: "America/New_York",
    phase: "chain",
    rule: "thank-you.next-business-morning",
    why: "because",
    status,
    scheduleName: `fu-x-s${n}`,
    updatedAt: "2026-11-23T20:00:00.000Z",
  };
}

const interview = (steps: Step[], stepTemplates?: Interview["stepTemplates"]) =>
  ({ id: "x", steps, ...(stepTemplates ? { stepTemplates } : {}) }) as unknown as Interview;

describe("trimStoredSteps", () => {
  it("keeps only the wording of pending steps, and none at all when none is left", () => {
    const steps = [step(1, "sent"), step(2, "scheduled"), step(3, "cancelled"), step(4, "unscheduled")];
    const trimmed = trimStoredSteps(
      interview(steps, { s1: { body: "a" }, s2: { body: "b" }, s3: { body: "c" }, s4: { body: "d" } }),
    );
    expect(trimmed.stepTemplates).toEqual({ s2: { body: "b" }, s4: { body: "d" } });
    expect(trimStoredSteps(interview(steps, { s1: { body: "a" } }))).not.toHaveProperty("stepTemplates");
  });

  it("returns the same interview when there is nothing to trim", () => {
    const same = interview([step(1, "scheduled")], { s1: { body: "a" } });
    expect(trimStoredSteps(same)).toBe(same);
  });

  it("drops the oldest cancelled steps over the limit, never one that went out nor the highest id", () => {
    const steps = [
      step(1, "sent"),
      step(2, "cancelled"),
      step(3, "unknown"),
      step(4, "cancelled"),
      step(5, "scheduled"),
      step(6, "cancelled"),
      step(7, "cancelled"),
    ];
    expect(trimStoredSteps(interview(steps), 4).steps.map((s) => s.id)).toEqual(["s1", "s3", "s5", "s7"]);
    // Only cancelled ones may go, and s7 must stay: short of the limit is as far as it gets.
    expect(trimStoredSteps(interview(steps), 2).steps.map((s) => s.id)).toEqual(["s1", "s3", "s5", "s7"]);
  });
});
