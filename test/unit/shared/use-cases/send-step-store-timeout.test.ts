import { describe, expect, it } from "vitest";
import { STALE_CLAIM_MS } from "../../../../shared/domain/decide-claim.js";
import type { Step, StepStatus } from "../../../../shared/domain/step.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { TransientSendError } from "../../../../shared/ports/mailer.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { throttlingError } from "../../../support/fake-mailer.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";
import { type TestUsage, testUsage } from "../../../support/test-usage.js";

// DynamoDB that times out (or is briefly unavailable) on the write settling a send. A timed-out write may
// have landed or not; either way the settling write is retried, idempotently, and the step ends as what
// happened: `sent` when SES took the email, `scheduled` when nothing was handed over. Only an SES call of
// unknown outcome may leave a step `unknown`, and the candidate hears of it once, after it is stored.

useFixedSystemTime();

type Deps = SendTestDeps & { sesCalls: number };

function sendDeps(usage?: TestUsage): Deps {
  const deps: Deps = { ...sendTestDeps(), sesCalls: 0, ...(usage ? { usage } : {}) };
  deps.mailer.onSend = () => {
    deps.sesCalls++;
  };
  return deps;
}

const due = (deps: Deps) => dueStep(deps);

const stored = (deps: Deps, id: string, stepId: string) =>
  deps.store.peek(id)?.steps.find((s) => s.id === stepId) as Step;
const eventTypes = (deps: Deps, id: string, stepId: string) =>
  (deps.store.peek(id)?.events ?? []).filter((e) => e.stepId === stepId).map((e) => e.type);

/** What the store adapter throws when DynamoDB does not answer within the client's request timeout. */
const timeout = () =>
  new DependencyUnavailableError(
    "The interview store",
    Object.assign(new Error("Request timed out"), { name: "TimeoutError" }),
  );

/**
 * The next `times` writes that set step `stepId` to `status` time out: each lands first when `landed`.
 * Returns how many such writes were attempted.
 */
function timeOutWritesTo(
  deps: Deps,
  stepId: string,
  status: StepStatus,
  opts: { landed: boolean; times?: number; error?: (id: string) => Error },
) {
  const replace = deps.store.replace.bind(deps.store);
  const counts = { attempts: 0 };
  let left = opts.times ?? 1;
  deps.store.replace = async (next, expected) => {
    if (next.steps.find((s) => s.id === stepId)?.status !== status) return replace(next, expected);
    counts.attempts++;
    if (left <= 0) return replace(next, expected);
    left--;
    if (opts.landed) await replace(next, expected);
    throw (opts.error ?? timeout)(next.id);
  };
  return counts;
}

describe("recording `sent` after SES took the email, when the store times out", () => {
  it.each([
    ["landed", true],
    ["did not land", false],
  ])(
    "a timed-out write that %s is retried: the step ends `sent`, never `unknown`, with one SES call",
    async (_, landed) => {
      const deps = sendDeps();
      const { interview, step } = await due(deps);
      const writes = timeOutWritesTo(deps, step.id, "sent", { landed });

      const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

      expect(outcome.result).toBe("sent");
      expect(deps.sesCalls).toBe(1);
      expect(stored(deps, interview.id, step.id).status).toBe("sent");
      // A retry that finds its own write landed writes nothing more: one `sent` record, one event.
      expect(writes.attempts).toBe(landed ? 1 : 2);
      expect(eventTypes(deps, interview.id, step.id).filter((t) => t === "step.sent")).toHaveLength(1);
      expect(eventTypes(deps, interview.id, step.id)).not.toContain("step.unknown");

      // The schedule's retry (or a duplicate fire) much later finds it settled: no second email.
      deps.clock.advance(STALE_CLAIM_MS + 1);
      deps.realtime.advance(STALE_CLAIM_MS + 1);
      expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("ignored");
      expect(deps.sesCalls).toBe(1);
    },
  );

  it("gives up after a bounded number of attempts, pausing well inside the sender's 30 s, and never throws", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const writes = timeOutWritesTo(deps, step.id, "sent", { landed: false, times: 100 });
    const sleptBefore = deps.realtime.slept;

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(writes.attempts).toBe(3);
    expect(deps.realtime.slept - sleptBefore).toBeLessThan(8_000);
    expect(deps.log.lines.map((e) => e.message)).toContain("sent, but could not record it");
    expect(deps.sesCalls).toBe(1);
  });
});

describe("releasing a claim when nothing was handed to SES, when the store times out", () => {
  it.each([
    ["landed", true],
    ["did not land", false],
  ])(
    "a timed-out release that %s is retried: the step is back to `unscheduled` and the retry sends it once",
    async (_, landed) => {
      const deps = sendDeps();
      const { interview, step } = await due(deps);
      const payload = { interviewId: interview.id, stepId: step.id };
      deps.mailer.failNext(throttlingError());
      const writes = timeOutWritesTo(deps, step.id, "unscheduled", { landed });

      await expect(sendStep(deps, payload)).rejects.toBeInstanceOf(TransientSendError);

      expect(deps.sesCalls).toBe(1);
      expect(stored(deps, interview.id, step.id).status).toBe("unscheduled");
      expect(writes.attempts).toBe(landed ? 1 : 2);

      // The schedule's retry: sent once, never a false `unknown`.
      expect((await sendStep(deps, payload)).result).toBe("sent");
      expect(deps.mailer.sent).toHaveLength(1);
      expect(stored(deps, interview.id, step.id).status).toBe("sent");
      expect(eventTypes(deps, interview.id, step.id)).not.toContain("step.unknown");
    },
  );

  it("a deferral over the quota whose write timed out after landing still gets its new schedule", async () => {
    const usage = testUsage({ emails_per_day: 1 });
    const deps = sendDeps(usage);
    const { interview, step } = await due(deps);
    deps.gate.fill("user-1", deps.clock.now().toISOString().slice(0, 10), 1);
    timeOutWritesTo(deps, step.id, "unscheduled", { landed: true });

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("moved");
    expect(deps.sesCalls).toBe(0);
    const moved = stored(deps, interview.id, step.id);
    expect(moved.status).toBe("scheduled");
    expect(moved.sendAt.slice(0, 10)).toBe("2026-11-25");
    expect(deps.schedules.live.get(moved.scheduleName)).toBeDefined();
  });
});

describe("the candidate's notice that an email may have been sent", () => {
  /** The state a crashed sender leaves: the step claimed long enough ago to be stale. */
  async function crashedMidSend(deps: Deps) {
    const { interview, step } = await due(deps);
    const crashedAt = new Date(deps.clock.now().getTime() - STALE_CLAIM_MS - 1).toISOString();
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) =>
        s.id === step.id ? { ...s, status: "sending", claimedAt: crashedAt, claimId: "crashed" } : s,
      ),
    }));
    return { interview, step, payload: { interviewId: interview.id, stepId: step.id } };
  }

  /** Notices sent, each with the step's stored status at the moment it was handed to SES. */
  function watchNotices(deps: Deps, interviewId: string, stepId: string) {
    const statuses: string[] = [];
    deps.mailer.onSend = () => {
      deps.sesCalls++;
      statuses.push(stored(deps, interviewId, stepId).status);
    };
    return statuses;
  }

  it("goes out only once the step is stored `unknown`", async () => {
    const deps = sendDeps();
    const { interview, step, payload } = await crashedMidSend(deps);
    const noticedWhile = watchNotices(deps, interview.id, step.id);

    expect((await sendStep(deps, payload)).result).toBe("unknown");

    expect(noticedWhile).toEqual(["unknown"]);
  });

  it("is not sent when the mark did not land: the retry marks it and tells the candidate once", async () => {
    const deps = sendDeps();
    const { interview, step, payload } = await crashedMidSend(deps);
    const noticedWhile = watchNotices(deps, interview.id, step.id);
    timeOutWritesTo(deps, step.id, "unknown", { landed: false });

    await expect(sendStep(deps, payload)).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(noticedWhile).toEqual([]);
    expect(stored(deps, interview.id, step.id).status).toBe("sending");

    expect((await sendStep(deps, payload)).result).toBe("unknown");
    expect(noticedWhile).toEqual(["unknown"]);
  });

  it.each([
    ["timed out", timeout],
    ["conflicted on the SDK's own retry", (id: string) => new VersionConflictError(id)],
  ])(
    "is sent once when the mark landed but its answer %s, and never again on a retried invocation",
    async (_, error) => {
      const deps = sendDeps();
      const { interview, step, payload } = await crashedMidSend(deps);
      const noticedWhile = watchNotices(deps, interview.id, step.id);
      timeOutWritesTo(deps, step.id, "unknown", { landed: true, error });

      expect((await sendStep(deps, payload)).result).toBe("unknown");
      expect(noticedWhile).toEqual(["unknown"]);

      // The scheduler retries the invocation whose answer it never had: the step is settled, no second notice.
      deps.clock.advance(60_000);
      expect(await sendStep(deps, payload)).toEqual({ result: "ignored", reason: "already unknown" });
      expect(noticedWhile).toEqual(["unknown"]);
    },
  );

  it("is sent by one of two concurrent fires, the one whose mark landed", async () => {
    const deps = sendDeps();
    const { interview, step, payload } = await crashedMidSend(deps);
    const noticedWhile = watchNotices(deps, interview.id, step.id);

    const outcomes = await Promise.all([sendStep(deps, payload), sendStep(deps, payload)]);

    expect(outcomes.map((o) => o.result).sort()).toEqual(["ignored", "unknown"]);
    expect(noticedWhile).toEqual(["unknown"]);
  });
});
