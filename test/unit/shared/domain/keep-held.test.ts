import { beforeAll, describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { keepHeld } from "../../../../shared/domain/keep-held.js";
import type { PlannedStep, Step } from "../../../../shared/domain/step.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { plannedStepOf } from "../../../support/planned-step-of.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

let base: Interview;

beforeAll(async () => {
  base = await createInterview(testDeps(), {
    owner: "user-1",
    details: interviewDetails({ decisionExpectedBy: "2026-12-18" }),
  });
});

const stepOf = (kind: Step["kind"]) => base.steps.find((s) => s.kind === kind) as Step;

/** The step as the rules would plan it again: `sendAt` and words of its own. */
const planned = (step: Step, sendAt: string): PlannedStep => ({
  ...plannedStepOf(step),
  sendAt,
  why: "the rule's",
});

describe("keepHeld", () => {
  it("answers the plan as it is for a step nothing held", () => {
    const step = stepOf("thank_you");
    const plan = planned(step, "2026-11-30T09:30:00-05:00");

    expect(keepHeld(base, plan, step)).toBe(plan);
  });

  it("keeps a held step where it was held, with the words that say why, when the plan is earlier", () => {
    const step = { ...stepOf("thank_you"), heldUntil: "2026-12-07T09:30:00-05:00", why: "snoozed to Monday" };

    expect(keepHeld(base, planned(step, "2026-11-30T09:30:00-05:00"), step)).toMatchObject({
      sendAt: "2026-12-07T09:30:00-05:00",
      why: "snoozed to Monday",
      rule: step.rule,
    });
  });

  it("lets the plan win when it is no earlier than the hold", () => {
    const step = { ...stepOf("thank_you"), heldUntil: "2026-12-07T09:30:00-05:00" };
    const plan = planned(step, "2026-12-08T09:30:00-05:00");

    expect(keepHeld(base, plan, step)).toBe(plan);
  });

  it("writes the held time in the zone the plan now uses", () => {
    const step = { ...stepOf("thank_you"), heldUntil: "2026-12-07T09:30:00-05:00" };
    const plan = { ...planned(step, "2026-11-30T09:30:00+01:00"), timezone: "Europe/Berlin" };

    expect(keepHeld(base, plan, step)?.sendAt).toBe("2026-12-07T15:30:00+01:00");
  });

  it("drops a nudge held to or past a decision date the edit brought forward", () => {
    const nudge = { ...stepOf("pre_decision_nudge"), heldUntil: "2026-12-14T09:30:00-05:00" };
    const earlier = { ...base, decisionExpectedBy: "2026-12-11" };

    expect(keepHeld(earlier, planned(nudge, "2026-12-08T09:30:00-05:00"), nudge)).toBeUndefined();
    expect(keepHeld(base, planned(nudge, "2026-12-08T09:30:00-05:00"), nudge)?.sendAt).toBe(
      "2026-12-14T09:30:00-05:00",
    );
  });
});
