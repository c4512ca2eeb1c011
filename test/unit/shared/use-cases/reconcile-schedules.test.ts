import { describe, expect, it } from "vitest";
import { STALE_CLAIM_MS } from "../../../../shared/domain/decide-claim.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import {
  RUN_BUDGET_MS,
  reconcileSchedules,
  sweepScheduleName,
} from "../../../../shared/use-cases/reconcile-schedules.js";
import type { SendDeps } from "../../../../shared/use-cases/send-ports.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { FakeMailer } from "../../../support/fake-mailer.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryOwnerEmailGate } from "../../../support/in-memory-owner-email-gate.js";
import { InMemorySuppressionList } from "../../../support/in-memory-suppression-list.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

type Deps = TestDeps & SendDeps & { mailer: FakeMailer };

function deps(): Deps {
  return {
    ...testDeps(),
    mailer: new FakeMailer(),
    gate: new InMemoryOwnerEmailGate(new InMemorySuppressionList()),
    links: () => ({ replyTo: "r@reply.example.test" }),
  };
}

/**
 * A sender claimed the thank-you at its time and died mid-send; the schedule's retries then ran out, so no
 * further firing comes for it.
 */
async function abandonedClaim(d: Deps): Promise<{ interview: Interview; stepId: string; claimedAt: string }> {
  const interview = await createInterview(d, { owner: "user-1", details: interviewDetails() });
  const step = interview.steps.find((s) => s.kind === "thank_you");
  if (!step) throw new Error("no thank-you");
  const claimedAt = new Date(Date.parse(step.sendAt)).toISOString();
  d.store.writeConcurrently(interview.id, (c) => ({
    ...c,
    steps: c.steps.map((s) => (s.id === step.id ? { ...s, status: "sending", claimedAt } : s)),
  }));
  d.schedules.clearHistory();
  return { interview, stepId: step.id, claimedAt };
}

describe("reconcileSchedules: claims a crashed sender left behind", () => {
  it("fires the sender once more for a stale claim, under a schedule of its own, a minute from now", async () => {
    const d = deps();
    const { interview, stepId } = await abandonedClaim(d);
    // Half an hour after the 09:30 claim.
    d.clock.set("2026-11-24T10:00:00-05:00");

    const report = await reconcileSchedules(d);

    expect(report).toEqual({ interviews: 1, scheduled: 0, skipped: 0, swept: 1 });
    const name = sweepScheduleName(interview.id, stepId);
    expect(name).not.toBe(interview.steps.find((s) => s.id === stepId)?.scheduleName);
    expect(name.length).toBeLessThanOrEqual(64);
    expect(d.schedules.upserts).toEqual([
      {
        name,
        // 10:01 in New York, a minute after the reconciler ran.
        localTime: "2026-11-24T10:01:00",
        timezone: "America/New_York",
        payload: JSON.stringify({ type: "followup.step.due", v: 1, interviewId: interview.id, stepId }),
      },
    ]);
    // The step itself is left to the sender: the reconciler cannot tell the candidate (no SES).
    expect(d.store.peek(interview.id)?.steps.find((s) => s.id === stepId)?.status).toBe("sending");
  });

  it("so the step ends `unknown`, the candidate is told, and the interview leaves the reconciler's list", async () => {
    const d = deps();
    const { interview, stepId, claimedAt } = await abandonedClaim(d);
    d.clock.set(new Date(Date.parse(claimedAt) + STALE_CLAIM_MS + 60_000));
    await reconcileSchedules(d);

    // The sweep schedule fires a minute later.
    d.clock.advance(60_000);
    const payload = JSON.parse(d.schedules.upserts[0]?.payload ?? "{}");
    const outcome = await sendStep(d, { interviewId: payload.interviewId, stepId: payload.stepId });

    expect(outcome.result).toBe("unknown");
    expect(d.store.peek(interview.id)?.steps.find((s) => s.id === stepId)?.status).toBe("unknown");
    expect(d.mailer.sent.map((m) => m.to.map((t) => t.email))).toEqual([["cara@example.com"]]);
    expect((await d.store.listNeedingAttention(50)).items).toEqual([]);
    expect((await reconcileSchedules(d)).interviews).toBe(0);
  });

  it("leaves a fresh claim alone: its sender may still be sending", async () => {
    const d = deps();
    const { claimedAt } = await abandonedClaim(d);
    d.clock.set(new Date(Date.parse(claimedAt) + STALE_CLAIM_MS - 1_000));

    expect(await reconcileSchedules(d)).toEqual({ interviews: 1, scheduled: 0, skipped: 0, swept: 0 });
    expect(d.schedules.upserts).toEqual([]);
  });

  it("logs a sweep it could not schedule and tries again on the next run", async () => {
    const d = deps();
    const { interview, stepId, claimedAt } = await abandonedClaim(d);
    d.clock.set(new Date(Date.parse(claimedAt) + STALE_CLAIM_MS + 60_000));
    d.schedules.failUpsertFor(sweepScheduleName(interview.id, stepId));

    expect((await reconcileSchedules(d)).swept).toBe(0);
    expect(d.log.lines.some((l) => l.level === "warn" && l.data?.stepId === stepId)).toBe(true);
  });

  it("names the sweep schedule within the Scheduler's 64 characters, apart from the step's own", () => {
    const name = sweepScheduleName("01KQ8Z3M4N5P6R7S8T9V0W1X2Y", "s9999");
    expect(name).toBe("fu-01KQ8Z3M4N5P6R7S8T9V0W1X2Y-s9999-sweep");
    expect(name.length).toBeLessThanOrEqual(64);
  });
});

describe("reconcileSchedules: unscheduled steps", () => {
  it("creates the schedule of a step whose move could not be scheduled, at its new time", async () => {
    const d = deps();
    const interview = await createInterview(d, { owner: "user-1", details: interviewDetails() });
    // A step moved later whose new schedule could not be written: `unscheduled` at its new time.
    d.store.writeConcurrently(interview.id, (c) => ({
      ...c,
      steps: c.steps.map((s) =>
        s.id === "s1" ? { ...s, status: "unscheduled", sendAt: "2026-12-01T09:30:00-05:00" } : s,
      ),
    }));
    d.schedules.clearHistory();

    expect(await reconcileSchedules(d)).toEqual({ interviews: 1, scheduled: 1, skipped: 0, swept: 0 });
    expect(d.schedules.upserts.map((s) => [s.name, s.localTime])).toEqual([
      [`fu-${interview.id}-s1`, "2026-12-01T09:30:00"],
    ]);
    expect(d.store.peek(interview.id)?.steps[0]?.status).toBe("scheduled");
  });
});

describe("reconcileSchedules: the time it writes", () => {
  it("dates each interview's skipped steps at its own write, not at the start of the run", async () => {
    const d = deps();
    const unscheduled = (c: Interview): Interview => ({
      ...c,
      steps: c.steps.map((s) => (s.id === "s1" ? { ...s, status: "unscheduled" } : s)),
    });
    const first = await createInterview(d, { owner: "user-1", details: interviewDetails() });
    const second = await createInterview(d, { owner: "user-1", details: interviewDetails() });
    d.store.writeConcurrently(first.id, unscheduled);
    d.store.writeConcurrently(second.id, unscheduled);
    // Three days after the thank-you was due: too late to send.
    d.clock.set("2026-11-27T12:00:00Z");
    const start = d.clock.now().getTime();
    // Whichever interview is written first, the run takes five minutes before the other one's write.
    for (const id of [first.id, second.id]) {
      d.store.afterNextReplace(id, () => d.clock.advance(5 * 60_000));
    }

    expect(await reconcileSchedules(d)).toMatchObject({ interviews: 2, skipped: 2 });

    const skippedAt = [first.id, second.id]
      .map((id) => d.store.peek(id)?.events.find((e) => e.type === "step.skipped")?.at ?? "")
      .map((at) => Date.parse(at))
      .sort((a, b) => a - b);
    // Before, both were dated at the start of the run, before anything written meanwhile.
    expect(skippedAt).toEqual([start, start + 5 * 60_000]);
  });
});

describe("reconcileSchedules: interviews it cannot fix", () => {
  /** An interview whose thank-you is `unscheduled` at `sendAt` and whose schedule the Scheduler refuses. */
  async function stuck(d: Deps, sendAt: string, refused = true): Promise<Interview> {
    // A company of its own each, so that no interview is a later round of another.
    const company = `Company ${d.store.all().length}`;
    const interview = await createInterview(d, { owner: "user-1", details: interviewDetails({ company }) });
    d.store.writeConcurrently(interview.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.id === "s1" ? { ...s, status: "unscheduled", sendAt } : s)),
    }));
    if (refused) d.schedules.failUpsertFor(`fu-${interview.id}-s1`);
    return interview;
  }

  it("do not starve a newer one behind them: the run pages on past the first 50", async () => {
    const d = deps();
    for (let i = 0; i < 60; i++) await stuck(d, "2026-11-24T09:30:00-05:00");
    const newer = await stuck(d, "2026-11-24T10:30:00-05:00", false);
    d.schedules.clearHistory();
    d.clock.set("2026-11-24T11:00:00-05:00");

    const report = await reconcileSchedules(d);

    expect(report).toMatchObject({ interviews: 61, scheduled: 1 });
    expect(d.schedules.upsertedNames()).toEqual([`fu-${newer.id}-s1`]);
    expect(d.store.peek(newer.id)?.steps.find((s) => s.id === "s1")?.status).toBe("scheduled");
  });

  it("stop starting new work once the run's time is spent, and say so loudly", async () => {
    const d = deps();
    for (let i = 0; i < 3; i++) await stuck(d, "2026-11-24T09:30:00-05:00", false);
    d.clock.set("2026-11-24T11:00:00-05:00");
    // Each interview's schedule takes 40 s to create (a Scheduler answering at its timeout).
    const slow = {
      upsert: async (schedule: Parameters<Deps["schedules"]["upsert"]>[0]) => {
        d.realtime.advance(40_000);
        await d.schedules.upsert(schedule);
      },
      remove: (name: string) => d.schedules.remove(name),
    };

    const report = await reconcileSchedules({ ...d, schedules: slow });

    // Started at 0 s and 40 s; at 80 s the minute is spent, and the third waits for the next run.
    expect(RUN_BUDGET_MS).toBe(60_000);
    expect(report).toMatchObject({ interviews: 2, scheduled: 2 });
    expect(d.log.lines.filter((l) => l.level === "error").map((l) => l.message)).toEqual([
      "reconciler out of time with interviews left; the next run goes on",
    ]);
  });
});
