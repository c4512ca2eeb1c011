import { beforeAll, describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { replanChain } from "../../../../shared/domain/replan-chain.js";
import type { PlannedStep, Step } from "../../../../shared/domain/step.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const AT = "2026-11-23T21:00:00.000Z";
let base: Interview;

beforeAll(async () => {
  base = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
});

/** The plan that would produce the chain as it stands. */
function planOf(interview: Interview): PlannedStep[] {
  return interview.steps.map(({ kind, channel, to, contact, sendAt, timezone, phase, rule, why }) => ({
    kind,
    channel,
    to,
    ...(contact ? { contact } : {}),
    sendAt,
    timezone,
    phase,
    rule,
    why,
  }));
}

describe("replanChain", () => {
  it("leaves a step whose time moved `unscheduled` until its schedule is moved", () => {
    const planned = planOf(base).map((p, i) => (i === 0 ? { ...p, sendAt: "2026-11-25T09:30:00-05:00" } : p));

    const { interview, toSchedule } = replanChain(base, planned, AT, "dropped");

    const moved = interview.steps[0] as Step;
    expect(moved).toMatchObject({ id: "s1", sendAt: "2026-11-25T09:30:00-05:00", status: "unscheduled" });
    expect(toSchedule).toEqual([moved]);
    expect(interview.steps.slice(1).map((s) => s.status)).toEqual(base.steps.slice(1).map((s) => s.status));
  });

  it("keeps the status of a step whose time stays (only its address changed): its schedule still fires then", () => {
    const planned = planOf(base).map((p, i) =>
      i === 0 ? { ...p, to: { name: "Ann Lee", email: "ann.lee@acme.test" } } : p,
    );

    const { interview, toSchedule } = replanChain(base, planned, AT, "dropped");

    expect(interview.steps[0]).toMatchObject({ to: { email: "ann.lee@acme.test" }, status: "scheduled" });
    expect(toSchedule.map((s) => s.id)).toEqual(["s1"]);
  });

  it("cancels a pending step the new plan no longer has, with the reason it is given", () => {
    const planned = planOf(base).slice(0, -1);
    const dropped = base.steps.at(-1) as Step;

    const { interview } = replanChain(base, planned, AT, "dropped");

    expect(interview.steps.find((s) => s.id === dropped.id)).toMatchObject({
      status: "cancelled",
      reason: "dropped",
    });
  });
});
