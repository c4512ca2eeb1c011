import { beforeAll, describe, expect, it } from "vitest";
import { deferStepsToAddress } from "../../../../shared/domain/defer-steps-to-address.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { DEFER_WORDS } from "../../../../shared/mail/inbound-timeline-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const AT = "2026-11-30T15:00:00.000Z";
let base: Interview;

beforeAll(async () => {
  base = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
});

describe("deferStepsToAddress", () => {
  it("moves the contact's steps due before the return date, leaving them `unscheduled` until their schedules move", () => {
    const { interview, moved } = deferStepsToAddress(base, "Rita@acme.test", "2026-12-10", AT, DEFER_WORDS);

    const rita = interview.steps.filter((s) => s.to.email === "rita@acme.test");
    // The check-in (8 Dec) waits for Thursday 10 December; the weekly one (15 Dec) stays. The nudge before
    // the decision date (Friday 4 Dec) would come after it: cancelled.
    expect(rita.map((s) => [s.sendAt, s.status])).toEqual([
      ["2026-12-01T09:30:00-05:00", "cancelled"],
      ["2026-12-10T09:30:00-05:00", "unscheduled"],
      ["2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    expect(moved.map((s) => s.status)).toEqual(["unscheduled"]);
    expect(interview.steps.filter((s) => s.to.email !== "rita@acme.test")).toEqual(
      base.steps.filter((s) => s.to.email !== "rita@acme.test"),
    );
  });

  it("cancels a pre-decision nudge that the return date pushes to or past the decision date", () => {
    // Back on Monday 7 Dec: "still very interested before you decide by Friday 4 Dec" would come after the
    // decision, and the day before the check-in of Tuesday 8 Dec. The planner never plans such a nudge.
    const { interview, moved } = deferStepsToAddress(base, "rita@acme.test", "2026-12-07", AT, DEFER_WORDS);
    const rita = interview.steps.filter((s) => s.to.email === "rita@acme.test");
    expect(rita.map((s) => [s.kind, s.sendAt, s.status])).toEqual([
      ["pre_decision_nudge", "2026-12-01T09:30:00-05:00", "cancelled"],
      ["recruiter_check_in", "2026-12-08T09:30:00-05:00", "scheduled"],
      ["weekly_check_in", "2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    expect(rita[0]?.reason).toBe(DEFER_WORDS.nudgePastDecision);
    expect(moved).toEqual([]);
  });

  it("keeps a nudge that still goes before the decision date", () => {
    const { interview } = deferStepsToAddress(base, "rita@acme.test", "2026-12-03", AT, DEFER_WORDS);
    const nudge = interview.steps.find((s) => s.kind === "pre_decision_nudge");
    expect([nudge?.sendAt, nudge?.status]).toEqual(["2026-12-03T09:30:00-05:00", "unscheduled"]);
  });
});
