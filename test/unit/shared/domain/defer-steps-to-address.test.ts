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
    // The check-in (8 Dec) waits for Thursday 10 December; the weekly one (Tuesday 15 Dec) would then come
    // 3 business days after it, so it keeps the plan's 5: Thursday 17 Dec. The nudge before the decision
    // date (Friday 4 Dec) would come after it: cancelled.
    expect(rita.map((s) => [s.sendAt, s.status])).toEqual([
      ["2026-12-01T09:30:00-05:00", "cancelled"],
      ["2026-12-10T09:30:00-05:00", "unscheduled"],
      ["2026-12-17T09:30:00-05:00", "unscheduled"],
    ]);
    expect(moved.map((s) => [s.kind, s.status])).toEqual([
      ["recruiter_check_in", "unscheduled"],
      ["weekly_check_in", "unscheduled"],
    ]);
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

  it("keeps the plan's spacing after the return, and leaves follow-ups already far enough alone", () => {
    // Back on Monday 7 Dec: the check-in (Tuesday 8 Dec) and the weekly one (15 Dec) are after it: nothing
    // is re-spaced, as nothing was moved onto the return.
    const early = deferStepsToAddress(base, "rita@acme.test", "2026-12-07", AT, DEFER_WORDS);
    const weekly = (i: Interview) => i.steps.find((s) => s.kind === "weekly_check_in");
    expect(weekly(early.interview)).toEqual(weekly(base));

    // Back on Wednesday 9 Dec: the check-in goes then, the weekly one moves from Tuesday 15 to Wednesday 16.
    const { interview } = deferStepsToAddress(base, "rita@acme.test", "2026-12-09", AT, DEFER_WORDS);
    expect(weekly(interview)).toMatchObject({ sendAt: "2026-12-16T09:30:00-05:00", status: "unscheduled" });
    expect(weekly(interview)?.updatedAt).toBe(AT);
  });

  it("says in a moved step's why where it went and why, once however many out-of-offices move it", () => {
    const once = deferStepsToAddress(base, "rita@acme.test", "2026-12-09", AT, DEFER_WORDS).interview;
    const twice = deferStepsToAddress(once, "rita@acme.test", "2026-12-10", AT, DEFER_WORDS).interview;
    const checkIn = (i: Interview) => i.steps.find((s) => s.kind === "recruiter_check_in");
    const planned = checkIn(base)?.why ?? "";
    expect(checkIn(once)?.why).toBe(
      `${planned} Moved to Wednesday 9 Dec 2026 at 09:30: away until 2026-12-09.`,
    );
    expect(checkIn(twice)?.why).toBe(
      `${planned} Moved to Thursday 10 Dec 2026 at 09:30: away until 2026-12-10.`,
    );
  });
});
