import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step, StepStatus } from "../../../../shared/domain/step.js";
import { trimStoredSteps } from "../../../../shared/domain/trim-stored-steps.js";
import { storedStep } from "../../../support/stored-interview.js";

const step = (n: number, status: StepStatus): Step =>
  storedStep(n, { status, why: "because", scheduleName: `fu-x-s${n}` });

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
