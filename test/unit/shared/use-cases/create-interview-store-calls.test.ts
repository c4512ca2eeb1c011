import { describe, expect, it } from "vitest";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";
import { testUsage } from "../../../support/test-usage.js";

// What registering an interview costs (issue 12: at most K + 3 AWS calls for a chain of K steps): the
// rounds of the application (one Query), the owner's quotas (one conditional write that also answers
// which interviews reach the addresses), one schedule per step, and the interview stored once, already
// saying which schedules exist: no read of it and no write after it.

useFixedSystemTime();

const OWNER = "user-1";

function registrationDeps() {
  const deps = { ...testDeps(), usage: testUsage() };
  const upserts: string[] = [];
  const upsert = deps.schedules.upsert.bind(deps.schedules);
  deps.schedules.upsert = async (schedule) => {
    upserts.push(schedule.name);
    return upsert(schedule);
  };
  const counters: string[] = [];
  const add = deps.usage.counter.add.bind(deps.usage.counter);
  deps.usage.counter.add = async (...args) => {
    counters.push(args[0].quota);
    return add(...args);
  };
  const start = () => {
    const store = { ...deps.store.calls };
    const ledger = deps.usage.ledger.calls.length;
    const schedules = upserts.length;
    const counted = counters.length;
    return () => {
      const s = deps.store.calls;
      const calls = {
        query: s.listByApplication - store.listByApplication,
        read: s.get - store.get,
        create: s.create - store.create,
        write: s.replace - store.replace + (s.claimStep - store.claimStep),
        quota: deps.usage.ledger.calls.length - ledger + (counters.length - counted),
        schedules: upserts.length - schedules,
      };
      return { ...calls, total: Object.values(calls).reduce((a, b) => a + b, 0) };
    };
  };
  return { deps, start };
}

describe("createInterview's AWS calls", () => {
  it("registers a chain of K steps in K + 3 calls: one query, one quota write, K schedules, one put", async () => {
    const { deps, start } = registrationDeps();
    const calls = start();

    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    const k = created.steps.length;
    expect(k).toBeGreaterThan(2);
    expect(calls()).toEqual({ query: 1, read: 0, create: 1, write: 0, quota: 1, schedules: k, total: k + 3 });
    expect(deps.usage.ledger.calls.slice(-1)).toEqual(["take"]);
    expect(deps.store.peek(created.id)?.steps.every((s) => s.status === "scheduled")).toBe(true);
  });

  it("reads only what earlier interviews of the same addresses add: one read each", async () => {
    const { deps, start } = registrationDeps();
    const first = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ company: "Other", applicationId: "other" }),
    });
    const calls = start();

    const second = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    const k = second.steps.length;
    expect(deps.usage.ledger.reachOf(OWNER, first.recruiter?.email.toLowerCase() ?? "")).toContain(first.id);
    expect(calls()).toMatchObject({ query: 1, read: 1, create: 1, write: 0, quota: 1, total: k + 4 });
  });

  it("answers a retry (same reserved id) that finds the first attempt's interview without storing or charging again", async () => {
    const { deps, start } = registrationDeps();
    const id = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";
    const first = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id });
    const calls = start();

    const retry = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id });

    expect(retry.id).toBe(first.id);
    expect(calls()).toMatchObject({ create: 0, read: 1, quota: 1 });
    expect(deps.usage.ledger.counted(OWNER, "2026-11-23").interviews).toBe(1);
  });
});
