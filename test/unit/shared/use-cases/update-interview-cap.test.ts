import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { PLAN_RULES } from "../../../../shared/domain/plan-rules.js";
import { scheduleNameFor } from "../../../../shared/domain/schedule-name.js";
import { DELIVERED_STEP_STATUSES, FOLLOW_UP_KINDS, isPendingStep } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";

/** Follow-ups to the recruiter that went out or still may, in time order. */
const liveFollowUps = (i: Interview) =>
  i.steps
    .filter(
      (s) =>
        FOLLOW_UP_KINDS.includes(s.kind) && (isPendingStep(s) || DELIVERED_STEP_STATUSES.includes(s.status)),
    )
    .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));

/** The sender sent the step of `kind` at its time, and the clock is then. */
function sentAt(deps: TestDeps, interview: Interview, kind: string): void {
  const step = interview.steps.find((s) => s.kind === kind);
  if (!step) throw new Error(`no ${kind}`);
  deps.clock.set(step.sendAt);
  deps.store.writeConcurrently(interview.id, (c) => ({
    ...c,
    steps: c.steps.map((s) =>
      s.id === step.id
        ? { ...s, status: "sent", sentAt: deps.clock.now().toISOString(), sesMessageId: "ses-1" }
        : s,
    ),
  }));
}

describe("updateInterview: the cap of unanswered follow-ups", () => {
  it("does not exceed the cap when the decision date is dropped after the nudge went out", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    sentAt(deps, created, "pre_decision_nudge");
    deps.schedules.clearHistory();

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: null },
    });

    expect(liveFollowUps(updated).map((s) => [s.kind, s.sendAt, s.status])).toEqual([
      ["pre_decision_nudge", "2026-12-01T09:30:00-05:00", "sent"],
      // Five business days after the nudge, not the same minute.
      ["recruiter_check_in", "2026-12-08T09:30:00-05:00", "scheduled"],
      ["weekly_check_in", "2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    const overCap = updated.steps.filter((s) => s.reason === planWords.overCap);
    expect(overCap.map((s) => [s.kind, s.status])).toEqual([["weekly_check_in", "cancelled"]]);
    // Every pending follow-up has a live schedule at its time; the cancelled one has none.
    for (const s of liveFollowUps(updated).filter(isPendingStep)) {
      expect(deps.schedules.live.get(s.scheduleName)?.localTime).toBe(s.sendAt.slice(0, 19));
    }
    for (const s of overCap) expect(deps.schedules.live.has(s.scheduleName)).toBe(false);
    expect(deps.store.peek(created.id)).toEqual(updated);
  });

  it("sends no nudge in the same minute as a check-in that just went out", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ decisionExpectedBy: undefined }),
    });
    sentAt(deps, created, "recruiter_check_in");

    // The recruiter then names Friday 4 Dec: the plan's nudge (3 business days before) is now, right
    // after the check-in, and any later would be past the decision date.
    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-04" },
    });

    const nudge = updated.steps.find((s) => s.kind === "pre_decision_nudge");
    expect(nudge?.status).toBe("cancelled");
    expect(nudge?.reason).toBe(planWords.tooClose);
    // The check-in two business days after the date still goes (the one that went out was the check-in
    // after the interview), and the cancelled nudge leaves its place under the cap to the weekly one.
    expect(liveFollowUps(updated).map((s) => [s.kind, s.sendAt, s.status])).toEqual([
      ["recruiter_check_in", "2026-12-01T09:30:00-05:00", "sent"],
      ["recruiter_check_in", "2026-12-08T09:30:00-05:00", "scheduled"],
      ["weekly_check_in", "2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    expect(deps.schedules.live.has(nudge?.scheduleName ?? "")).toBe(false);
  });

  it("plans the check-in after a decision date named once the check-in after the interview went out", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ decisionExpectedBy: undefined }),
    });
    sentAt(deps, created, "recruiter_check_in");

    // The recruiter then names Friday 11 Dec. The check-in that went out was the one "after the interview,
    // as no decision date was given": it does not stand for the one two business days after the date.
    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-11" },
    });

    expect(liveFollowUps(updated).map((s) => [s.kind, s.sendAt, s.status])).toEqual([
      ["recruiter_check_in", "2026-12-01T09:30:00-05:00", "sent"],
      ["pre_decision_nudge", "2026-12-08T09:30:00-05:00", "scheduled"],
      ["recruiter_check_in", "2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    const checkIn = liveFollowUps(updated)[2];
    expect(checkIn?.rule).toBe(PLAN_RULES.checkInAfterDecision);
    expect(checkIn?.why).toContain("2 business days after the decision expected by Friday 11 Dec");
    expect(deps.schedules.live.get(checkIn?.scheduleName ?? "")?.localTime).toBe("2026-12-15T09:30:00");
  });

  it("brings a chain stored over the cap back under it on the next change, removing the extra schedules", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    sentAt(deps, created, "pre_decision_nudge");
    // What an edit used to leave behind: the sent nudge, a check-in the same minute and two weekly ones.
    deps.store.writeConcurrently(created.id, (c) => {
      const { decisionExpectedBy: _, ...rest } = c;
      const steps = c.steps.map((s) =>
        s.kind === "recruiter_check_in"
          ? { ...s, sendAt: "2026-12-01T09:30:00-05:00" }
          : s.kind === "weekly_check_in"
            ? { ...s, sendAt: "2026-12-08T09:30:00-05:00" }
            : s,
      );
      const weekly = steps.find((s) => s.kind === "weekly_check_in");
      if (!weekly) throw new Error("no weekly check-in");
      const extra = {
        ...weekly,
        id: "s6",
        scheduleName: scheduleNameFor(c.id, "s6"),
        sendAt: "2026-12-15T09:30:00-05:00",
      };
      return { ...rest, steps: [...steps, extra] };
    });
    deps.schedules.clearHistory();

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { notes: "Recruiter said next week." },
    });

    expect(liveFollowUps(updated).map((s) => [s.id, s.sendAt, s.status])).toEqual([
      ["s3", "2026-12-01T09:30:00-05:00", "sent"],
      ["s4", "2026-12-08T09:30:00-05:00", "scheduled"],
      ["s5", "2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    const extra = updated.steps.find((s) => s.id === "s6");
    expect(extra).toMatchObject({ status: "cancelled", reason: planWords.overCap });
    expect(deps.schedules.removes).toEqual([extra?.scheduleName]);
    expect(deps.schedules.upserts.map((u) => [u.name, u.localTime])).toEqual(
      expect.arrayContaining([
        [scheduleNameFor(created.id, "s4"), "2026-12-08T09:30:00"],
        [scheduleNameFor(created.id, "s5"), "2026-12-15T09:30:00"],
      ]),
    );
  });

  it("counts follow-ups sent in earlier rounds and in this one together", async () => {
    const deps = testDeps();
    const phone = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ round: "phone screen", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });
    deps.store.writeConcurrently(phone.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.kind === "recruiter_check_in" ? { ...s, status: "sent" } : s)),
    }));
    const onsite = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    // One from the phone screen, so the onsite plans a nudge and a check-in; the nudge goes out.
    sentAt(deps, onsite, "pre_decision_nudge");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: onsite.id,
      patch: { decisionExpectedBy: null },
    });

    const live = liveFollowUps(updated);
    expect(live.map((s) => s.status)).toEqual(["sent", "scheduled"]);
    expect(live[1]?.why).toContain("unanswered follow-up 3 of at most 3 (1 from earlier rounds)");
  });
});
