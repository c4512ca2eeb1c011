import { describe, expect, it } from "vitest";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";
import { testUsage } from "../../../support/test-usage.js";

// A registration killed at each point between its writes, then retried with the same Idempotency-Key
// (the same reserved id): one interview, every step scheduled at its stored time, the day's quota taken
// once.

useFixedSystemTime();

const OWNER = "user-1";
const TODAY = FIXED_NOW.toISOString().slice(0, 10);
const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

class Killed extends Error {}

function crashingDeps(point: "after-quota" | "after-schedules" | "after-put") {
  const deps = { ...testDeps(), usage: testUsage({ interviews_per_day: 1 }) };
  let armed = true;
  const take = deps.usage.ledger.take.bind(deps.usage.ledger);
  deps.usage.ledger.take = async (request) => {
    const taken = await take(request);
    if (armed && point === "after-quota") throw new Killed();
    return taken;
  };
  // A killed process runs nothing after the kill: no giving back.
  const release = deps.usage.ledger.release.bind(deps.usage.ledger);
  deps.usage.ledger.release = async (owner, taken) => (armed ? undefined : release(owner, taken));
  const create = deps.store.create.bind(deps.store);
  deps.store.create = async (interview) => {
    if (armed && point === "after-schedules") throw new Killed();
    await create(interview);
    if (armed && point === "after-put") throw new Killed();
  };
  return { deps, disarm: () => (armed = false) };
}

describe("createInterview killed mid-way, then retried with the same reserved id", () => {
  for (const point of ["after-quota", "after-schedules", "after-put"] as const) {
    it(`ends with one interview, scheduled, charged once (killed ${point})`, async () => {
      const { deps, disarm } = crashingDeps(point);
      await expect(
        createInterview(deps, { owner: OWNER, details: interviewDetails(), id: ID }),
      ).rejects.toThrow(Killed);
      disarm();

      const retried = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id: ID });

      expect(deps.store.all().map((i) => i.id)).toEqual([ID]);
      const stored = deps.store.peek(ID);
      expect(stored?.steps.length).toBeGreaterThan(0);
      expect(stored?.steps.every((s) => s.status === "scheduled")).toBe(true);
      for (const step of stored?.steps ?? []) expect(deps.schedules.live.has(step.scheduleName)).toBe(true);
      expect(retried.id).toBe(ID);
      // The limit is 1 a day: a second charge would have refused the retry.
      expect(deps.usage.ledger.counted(OWNER, TODAY).interviews).toBe(1);
    });
  }
});
