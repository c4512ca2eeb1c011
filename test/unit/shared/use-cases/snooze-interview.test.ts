import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { localScheduleTime } from "../../../../shared/domain/local-schedule-time.js";
import { SNOOZE_DAYS, snoozeSteps } from "../../../../shared/domain/snooze-steps.js";
import { stopChain } from "../../../../shared/domain/stop-chain.js";
import { withEvent } from "../../../../shared/domain/with-event.js";
import { ConflictError, NotFoundError } from "../../../../shared/errors/app-error.js";
import { chainStopWords } from "../../../../shared/mail/chain-stop-words.js";
import { SNOOZE_WORDS } from "../../../../shared/mail/chain-timeline-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { SNOOZE_REPEAT_WINDOW_MS, snoozeInterview } from "../../../../shared/use-cases/snooze-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const WEEK_MS = 7 * 86_400_000;

async function registered(deps: TestDeps): Promise<Interview> {
  const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
  deps.schedules.clearHistory();
  return created;
}

describe("snoozeInterview", () => {
  it("retried after another write, dates its event at the write that succeeded, after that write's event", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const replace = deps.store.replace.bind(deps.store);
    let raced = false;
    deps.store.replace = async (next, expectedVersion, previous) => {
      if (!raced) {
        raced = true;
        // An edit lands a second after the snooze read the item; the snooze's retry comes a second later.
        deps.clock.advance(1000);
        const at = deps.clock.now().toISOString();
        deps.store.writeConcurrently(created.id, (c) =>
          withEvent({ ...c, updatedAt: at }, { at, type: "interview.updated", detail: "notes" }),
        );
        deps.clock.advance(1000);
      }
      return replace(next, expectedVersion, previous);
    };

    const { interview } = await snoozeInterview(deps, { id: created.id, owner: OWNER });

    expect(raced).toBe(true);
    expect(interview.events.slice(-2).map((e) => [e.type, e.at])).toEqual([
      ["interview.updated", new Date(FIXED_NOW.getTime() + 1000).toISOString()],
      ["chain.snoozed", new Date(FIXED_NOW.getTime() + 2000).toISOString()],
    ]);
  });

  it("moves every pending step a week, in one write, re-upserts their schedules and records chain.snoozed", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.id === "s1" ? { ...s, status: "sent" } : s)),
    }));
    const writes = deps.store.calls.replace;

    const { interview, moved, cancelled, repeated } = await snoozeInterview(deps, {
      id: created.id,
      owner: OWNER,
    });

    expect(repeated).toBe(false);
    // The nudge before the decision (Friday 4 Dec) is cancelled, not moved: see the next test.
    const pending = created.steps.filter((s) => s.id !== "s1" && s.kind !== "pre_decision_nudge");
    expect(moved.map((s) => s.id)).toEqual(pending.map((s) => s.id));
    expect(cancelled.map((s) => s.kind)).toEqual(["pre_decision_nudge"]);
    for (const before of pending) {
      const after = interview.steps.find((s) => s.id === before.id);
      // A week later, or a little more when that day is a weekend or holiday (never less).
      const shift = Date.parse(after?.sendAt ?? "") - Date.parse(before.sendAt);
      expect(shift).toBeGreaterThanOrEqual(WEEK_MS - 3_600_000);
      expect(shift).toBeLessThan(WEEK_MS + 5 * 86_400_000);
      expect(after).toMatchObject({ status: "scheduled", scheduleName: before.scheduleName });
    }
    expect(interview.steps.find((s) => s.id === "s1")?.sendAt).toBe(created.steps[0]?.sendAt);
    // The snooze writes the moved steps `unscheduled`; a second write records their moved schedules, so a
    // failed move is never mistaken for done.
    expect(deps.store.calls.replace).toBe(writes + 2);
    expect(deps.schedules.upserts.map((u) => [u.name, u.localTime])).toEqual(
      moved.map((s) => [s.scheduleName, localScheduleTime(s.sendAt, s.timezone)]),
    );
    expect(interview.events.at(-1)).toMatchObject({
      type: "chain.snoozed",
      detail: expect.stringMatching(/^Snoozed for 7 days: \d+ pending steps moved; the next is now /),
    });
    expect(deps.store.peek(created.id)).toEqual(interview);
  });

  it("cancels a pre-decision nudge the snooze would take to or past the decision date, and deletes its schedule", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const nudge = created.steps.find((s) => s.kind === "pre_decision_nudge");
    // Planned for Tuesday 1 Dec, before the decision of Friday 4 Dec: a week later it would come after it.
    expect(nudge?.sendAt).toBe("2026-12-01T09:30:00-05:00");

    const { interview } = await snoozeInterview(deps, { id: created.id, owner: OWNER });

    expect(interview.steps.find((s) => s.id === nudge?.id)).toMatchObject({
      status: "cancelled",
      sendAt: nudge?.sendAt,
      reason: SNOOZE_WORDS.pastDecision,
    });
    expect(deps.schedules.removes).toEqual([nudge?.scheduleName]);
    expect(deps.schedules.upserts.map((u) => u.name)).not.toContain(nudge?.scheduleName);

    // Two days keep it before the decision: it moves.
    const other = testDeps();
    const again = await registered(other);
    const { moved } = await snoozeInterview(other, { id: again.id, owner: OWNER, days: 2 });
    expect(moved.find((s) => s.kind === "pre_decision_nudge")?.sendAt).toBe("2026-12-03T09:30:00-05:00");
  });

  it("moves by the days asked for, and says so on the timeline", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    const { interview, moved } = await snoozeInterview(deps, { id: created.id, owner: OWNER, days: 2 });

    const first = created.steps[0];
    const after = interview.steps.find((s) => s.id === first?.id);
    const shift = Date.parse(after?.sendAt ?? "") - Date.parse(first?.sendAt ?? "");
    expect(moved.length).toBeGreaterThan(0);
    expect(shift).toBeGreaterThanOrEqual(2 * 86_400_000 - 3_600_000);
    expect(shift).toBeLessThan(WEEK_MS - 86_400_000);
    expect(interview.events.at(-1)?.detail).toMatch(/^Snoozed for 2 days: /);
  });

  it("is idempotent for a repeat within minutes (a double click), and snoozes again later", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const first = await snoozeInterview(deps, { id: created.id });
    deps.schedules.clearHistory();
    const writes = deps.store.calls.replace;

    deps.clock.advance(SNOOZE_REPEAT_WINDOW_MS - 1_000);
    const again = await snoozeInterview(deps, { id: created.id });

    expect(again).toEqual({ interview: first.interview, moved: [], cancelled: [], repeated: true });
    expect(deps.store.calls.replace).toBe(writes);
    expect(deps.schedules.upserts).toEqual([]);

    deps.clock.advance(2_000);
    const later = await snoozeInterview(deps, { id: created.id });
    expect(later.repeated).toBe(false);
    expect(later.moved.length).toBe(first.moved.length);
  });

  it("leaves a step whose schedule cannot be moved `unscheduled`, for the reconciler", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const victim = created.steps[1];
    deps.schedules.failUpsertFor(victim?.scheduleName ?? "");

    const { interview } = await snoozeInterview(deps, { id: created.id });

    expect(interview.steps.find((s) => s.id === victim?.id)?.status).toBe("unscheduled");
    expect(deps.log.lines.some((l) => l.level === "warn")).toBe(true);
  });

  it("answers 409 for a chain that is not active, and changes nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const stop = { status: "replied", reason: "replied", at: deps.clock.now().toISOString() } as const;
    deps.store.writeConcurrently(created.id, (c) => stopChain(c, stop, chainStopWords(c, stop)));
    const before = deps.store.peek(created.id);

    const err = await snoozeInterview(deps, { id: created.id }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ code: "chain_not_active", message: expect.stringContaining("replied") });
    expect(deps.store.peek(created.id)).toEqual(before);
    expect(deps.schedules.upserts).toEqual([]);
  });

  it("writes nothing when no step is pending", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => ({ ...s, status: "sent" })),
    }));
    const before = deps.store.peek(created.id);

    const result = await snoozeInterview(deps, { id: created.id });

    expect(result).toEqual({ interview: before, moved: [], cancelled: [], repeated: false });
    expect(deps.schedules.upserts).toEqual([]);
  });

  it("answers 404 for another owner's or a deleted interview", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    await expect(snoozeInterview(deps, { id: created.id, owner: "someone-else" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(snoozeInterview(deps, { id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("recomputes on a concurrent write, moving each step once", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    deps.store.raceNextReplaces(created.id);

    const { interview } = await snoozeInterview(deps, { id: created.id });

    const once = snoozeSteps(created, deps.clock.now().toISOString(), SNOOZE_DAYS, SNOOZE_WORDS).interview;
    expect(interview.steps.map((s) => s.sendAt)).toEqual(once.steps.map((s) => s.sendAt));
    expect(interview.events.filter((e) => e.type === "chain.snoozed")).toHaveLength(1);
  });
});
