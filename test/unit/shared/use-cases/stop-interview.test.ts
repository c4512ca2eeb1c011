import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { ConflictError, NotFoundError } from "../../../../shared/errors/app-error.js";
import { httpStatusOf } from "../../../../shared/http/error-http-table.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";

async function registered(deps: TestDeps, overrides: Record<string, unknown> = {}): Promise<Interview> {
  const created = await createInterview(deps, { owner: OWNER, details: interviewDetails(overrides) });
  deps.schedules.clearHistory();
  return created;
}

describe("stopInterview", () => {
  it("stops the chain: pending steps cancelled, their schedules removed, sent steps kept", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.id === "s1" ? { ...s, status: "sent" } : s)),
    }));

    const stopped = await stopInterview(deps, {
      owner: OWNER,
      id: created.id,
      reason: "offer",
      note: "Signed!",
    });

    expect(stopped.status).toBe("stopped");
    expect(stopped.stopReason).toBe("offer");
    expect(stopped.steps.find((s) => s.id === "s1")?.status).toBe("sent");
    const others = stopped.steps.filter((s) => s.id !== "s1");
    expect(others.every((s) => s.status === "cancelled")).toBe(true);
    expect(deps.schedules.removes.sort()).toEqual(others.map((s) => s.scheduleName).sort());
    expect(deps.schedules.upserts).toEqual([]);
    expect(deps.store.peek(created.id)).toEqual(stopped);
    expect(stopped.events.at(-1)?.detail).toContain("Signed!");
  });

  it("is idempotent for the same reason: nothing is written again", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const first = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "withdrawn" });
    deps.schedules.clearHistory();
    const writes = deps.store.calls.replace;

    const second = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "withdrawn" });

    expect(second).toEqual(first);
    expect(deps.store.calls.replace).toBe(writes);
    expect(deps.schedules.removes).toEqual([]);
    expect(deps.schedules.upserts).toEqual([]);
  });

  it("answers 409 chain_not_active when stopped for another reason", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    await stopInterview(deps, { owner: OWNER, id: created.id, reason: "offer" });

    const err = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "withdrawn" }).catch(
      (e: unknown) => e,
    );

    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).code).toBe("chain_not_active");
    expect(httpStatusOf((err as ConflictError).code)).toBe(409);
    expect((err as ConflictError).message).toContain("offer");
    expect(deps.store.peek(created.id)?.stopReason).toBe("offer");
  });

  it("answers 409 chain_not_active for a superseded round", async () => {
    const deps = testDeps();
    const earlier = await registered(deps, {
      round: "phone screen",
      interviewedAt: "2026-11-09T10:00:00-05:00",
    });
    await registered(deps);
    expect(deps.store.peek(earlier.id)?.status).toBe("superseded");

    await expect(
      stopInterview(deps, { owner: OWNER, id: earlier.id, reason: "offer" }),
    ).rejects.toMatchObject({
      code: "chain_not_active",
    });
  });

  it.each(["replied", "completed"] as const)(
    "records a rejection that comes after the chain is %s, with the gracious reply and keep-in-touch note",
    async (status) => {
      const deps = testDeps();
      const created = await registered(deps);
      deps.store.writeConcurrently(created.id, (current) => ({
        ...current,
        status,
        steps: current.steps.map((s) => ({ ...s, status: status === "completed" ? "sent" : "cancelled" })),
      }));

      const stopped = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "rejected" });

      expect(stopped).toMatchObject({ status: "stopped", stopReason: "rejected" });
      const after = stopped.steps.filter((s) => s.phase === "after_rejection");
      expect(after.map((s) => [s.kind, s.status])).toEqual([
        ["rejection_reply", "scheduled"],
        ["keep_in_touch", "scheduled"],
      ]);
    },
  );

  it("adds the after-rejection steps on a rejection and schedules them", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    const stopped = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "rejected" });

    const added = stopped.steps.filter((s) => !created.steps.some((c) => c.id === s.id));
    expect(added.map((s) => [s.kind, s.phase, s.status])).toEqual([
      ["rejection_reply", "after_rejection", "scheduled"],
      ["keep_in_touch", "after_rejection", "scheduled"],
    ]);
    expect(added.every((s) => s.to.email === "rita@acme.test")).toBe(true);
    expect(deps.schedules.upsertedNames().sort()).toEqual(added.map((s) => s.scheduleName).sort());
    for (const step of added) {
      expect(JSON.parse(deps.schedules.live.get(step.scheduleName)?.payload ?? "")).toMatchObject({
        interviewId: created.id,
        stepId: step.id,
      });
    }
    // The chain's own steps are cancelled and no longer scheduled.
    expect(stopped.steps.filter((s) => s.phase === "chain").every((s) => s.status === "cancelled")).toBe(
      true,
    );
    expect(deps.store.peek(created.id)?.steps.filter((s) => s.status === "scheduled")).toHaveLength(2);
  });

  it("lets a rejected chain be cancelled, which cancels the after-rejection steps too", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const rejected = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "rejected" });
    const courtesy = rejected.steps.filter((s) => s.phase === "after_rejection");
    deps.schedules.clearHistory();

    const cancelled = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "cancelled" });

    // The outcome stays recorded (insights count it); only what the chain could still send ends.
    expect(cancelled).toMatchObject({ status: "stopped", stopReason: "rejected" });
    expect(cancelled.steps.every((s) => s.status === "cancelled")).toBe(true);
    expect(deps.schedules.removes.sort()).toEqual(courtesy.map((s) => s.scheduleName).sort());
    expect(cancelled.events.at(-1)).toMatchObject({
      type: "chain.stopped",
      detail: expect.stringMatching(/^Stopped: cancelled\./),
    });
  });

  it.each(["offer", "withdrawn"] as const)(
    "keeps a recorded %s when a cancel (the Stop link of an old reminder) comes after it: nothing to end, nothing written",
    async (outcome) => {
      const deps = testDeps();
      const created = await registered(deps);
      const stopped = await stopInterview(deps, { owner: OWNER, id: created.id, reason: outcome });
      const writes = deps.store.calls.replace;

      const again = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "cancelled" });

      expect(again).toMatchObject({ status: "stopped", stopReason: outcome });
      expect(again.events).toEqual(stopped.events);
      expect(deps.store.calls.replace).toBe(writes);
    },
  );

  it("answers NotFoundError for another owner's interview and changes nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    await expect(
      stopInterview(deps, { owner: "user-2", id: created.id, reason: "offer" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(deps.store.peek(created.id)).toEqual(created);
    expect(deps.schedules.removes).toEqual([]);
  });

  it("answers NotFoundError for a malformed id", async () => {
    const deps = testDeps();
    await expect(stopInterview(deps, { owner: OWNER, id: "abc", reason: "offer" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("keeps the stop when a schedule cannot be deleted (clean-up only)", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    deps.schedules.failRemoveFor(created.steps[0]?.scheduleName ?? "");

    const stopped = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "offer" });

    expect(stopped.status).toBe("stopped");
    expect(deps.store.peek(created.id)?.status).toBe("stopped");
    expect(deps.log.lines.filter((l) => l.level === "warn")).toHaveLength(1);
  });
});
