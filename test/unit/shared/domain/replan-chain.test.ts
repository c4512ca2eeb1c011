import { beforeAll, describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { PLAN_RULES } from "../../../../shared/domain/plan-rules.js";
import { replanChain } from "../../../../shared/domain/replan-chain.js";
import type { PlannedStep, Step } from "../../../../shared/domain/step.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { plannedStepOf } from "../../../support/planned-step-of.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const AT = "2026-11-23T21:00:00.000Z";
let base: Interview;

beforeAll(async () => {
  base = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
});

/** The plan that would produce the chain as it stands. */
const planOf = (interview: Interview): PlannedStep[] => interview.steps.map(plannedStepOf);

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
  it("does not let a check-in that went out under another rule stand for the planned one", () => {
    // The check-in after the decision date went out; the date is then dropped, so the plan's check-in is
    // the one after the interview: another step, planned (the cap decides whether it may still go).
    const checkIn = base.steps.find((s) => s.kind === "recruiter_check_in") as Step;
    const sent = {
      ...base,
      steps: base.steps.map((s) => (s.id === checkIn.id ? { ...s, status: "sent" as const } : s)),
    };
    const planned = planOf(sent).map((p) =>
      p.kind === "recruiter_check_in"
        ? { ...p, rule: PLAN_RULES.checkInAfterInterview, sendAt: "2026-12-01T10:00:00-05:00" }
        : p,
    );

    const { interview, toSchedule } = replanChain(sent, planned, AT, "dropped");

    const checkIns = interview.steps.filter((s) => s.kind === "recruiter_check_in");
    expect(checkIns.map((s) => [s.id === checkIn.id, s.rule, s.status])).toEqual([
      [true, PLAN_RULES.checkInAfterDecision, "sent"],
      [false, PLAN_RULES.checkInAfterInterview, "unscheduled"],
    ]);
    expect(toSchedule.map((s) => s.rule)).toEqual([PLAN_RULES.checkInAfterInterview]);
  });

  it("moves a pending check-in whose rule changed, keeping its id", () => {
    const checkIn = base.steps.find((s) => s.kind === "recruiter_check_in") as Step;
    const planned = planOf(base).map((p) =>
      p.kind === "recruiter_check_in"
        ? { ...p, rule: PLAN_RULES.checkInAfterInterview, sendAt: "2026-12-01T10:00:00-05:00" }
        : p,
    );

    const { interview, toSchedule, cancelled } = replanChain(base, planned, AT, "dropped");

    expect(interview.steps.find((s) => s.id === checkIn.id)).toMatchObject({
      rule: PLAN_RULES.checkInAfterInterview,
      sendAt: "2026-12-01T10:00:00-05:00",
      status: "unscheduled",
    });
    expect(toSchedule.map((s) => s.id)).toEqual([checkIn.id]);
    expect(cancelled).toEqual([]);
    expect(interview.steps).toHaveLength(base.steps.length);
  });

  it("gives a pending step whose time stays but whose reason changed the new rule and why, moving nothing", () => {
    // A decision date given later can time the check-in to the very slot it had: its why must say so.
    const checkIn = base.steps.find((s) => s.kind === "recruiter_check_in") as Step;
    const planned = planOf(base).map((p) =>
      p.kind === "recruiter_check_in"
        ? { ...p, rule: PLAN_RULES.checkInAfterInterview, why: "Check-in, timed from the interview." }
        : p,
    );

    const { interview, toSchedule, cancelled } = replanChain(base, planned, AT, "dropped");

    expect(interview.steps.find((s) => s.id === checkIn.id)).toMatchObject({
      rule: PLAN_RULES.checkInAfterInterview,
      why: "Check-in, timed from the interview.",
      sendAt: checkIn.sendAt,
      status: checkIn.status,
      updatedAt: AT,
    });
    expect(toSchedule).toEqual([]);
    expect(cancelled).toEqual([]);
  });

  it("changes nothing when the plan is the chain as it stands", () => {
    const { interview, toSchedule, cancelled } = replanChain(base, planOf(base), AT, "dropped");

    expect(interview.steps).toEqual(base.steps);
    expect(toSchedule).toEqual([]);
    expect(cancelled).toEqual([]);
  });

  it("cancels a pending nudge held to or past the decision date the change brought forward", () => {
    const nudge = base.steps.find((s) => s.kind === "pre_decision_nudge") as Step;
    const decision = base.decisionExpectedBy ?? "";
    const held = {
      ...base,
      steps: base.steps.map((s) =>
        s.id === nudge.id ? { ...s, heldUntil: `${decision}T09:30:00-05:00` } : s,
      ),
    };

    const { interview, cancelled } = replanChain(held, planOf(base), AT, "dropped");

    expect(interview.steps.find((s) => s.id === nudge.id)).toMatchObject({
      status: "cancelled",
      reason: "dropped",
    });
    expect(cancelled.map((s) => s.id)).toEqual([nudge.id]);
  });
});
