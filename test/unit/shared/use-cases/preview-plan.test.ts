import { describe, expect, it } from "vitest";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { previewPlan } from "../../../../shared/use-cases/preview-plan.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

describe("previewPlan", () => {
  it("returns the chain create would plan, storing and scheduling nothing", async () => {
    const deps = testDeps();

    const { steps } = await previewPlan(deps, { owner: "user-1", details: interviewDetails() });
    const created = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });

    expect(steps.map((s) => [s.kind, s.sendAt])).toEqual(created.steps.map((s) => [s.kind, s.sendAt]));
    expect(deps.store.all()).toEqual([]);
    expect(deps.schedules.upserts).toEqual([]);
  });

  it("counts follow-ups already sent in earlier rounds of the application", async () => {
    const deps = testDeps();
    const phone = await createInterview(deps, {
      owner: "user-1",
      details: interviewDetails({ round: "phone screen", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });
    deps.store.writeConcurrently(phone.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.kind === "pre_decision_nudge" ? { ...s, status: "sent" } : s)),
    }));

    const mine = await previewPlan(deps, { owner: "user-1", details: interviewDetails() });
    const someoneElse = await previewPlan(deps, { owner: "user-2", details: interviewDetails() });

    const followUps = (steps: { kind: string }[]) =>
      steps.filter((s) => s.kind.includes("check_in") || s.kind.includes("nudge"));
    expect(followUps(mine.steps)).toHaveLength(2);
    expect(followUps(someoneElse.steps)).toHaveLength(3);
  });

  it("says a round older than one already registered would be superseded, and plans nothing for it", async () => {
    const deps = testDeps();
    const onsite = await createInterview(deps, { owner: "user-1", details: interviewDetails() });

    const preview = await previewPlan(deps, {
      owner: "user-1",
      details: interviewDetails({ round: "phone screen", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });

    expect(preview).toEqual({ steps: [], supersededBy: { id: onsite.id, round: onsite.round } });
  });
});
