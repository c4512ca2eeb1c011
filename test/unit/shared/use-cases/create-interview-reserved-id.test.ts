import { describe, expect, it } from "vitest";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const RESERVED = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

describe("createInterview with an id reserved by an Idempotency-Key", () => {
  it("gives the interview that id", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id: RESERVED });
    expect(created.id).toBe(RESERVED);
    expect(deps.store.peek(RESERVED)?.owner).toBe(OWNER);
  });

  it("answers the interview a first attempt stored, making no second chain and no new schedule names", async () => {
    const deps = testDeps();
    // The first attempt stored the interview and created its schedules; its answer never reached the caller.
    const first = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id: RESERVED });
    const namesAfterFirst = [...deps.schedules.live.keys()].sort();
    deps.clock.advance(45_000);

    const retry = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id: RESERVED });

    expect(retry.id).toBe(RESERVED);
    expect(retry.steps.map((s) => s.id)).toEqual(first.steps.map((s) => s.id));
    expect(retry.createdAt).toBe(first.createdAt);
    expect((await deps.store.listByOwner(OWNER, { limit: 10 })).items).toHaveLength(1);
    expect([...deps.schedules.live.keys()].sort()).toEqual(namesAfterFirst);
    // The round did not supersede itself.
    expect(deps.store.peek(RESERVED)?.status).toBe("active");
  });

  it("creates the schedules a first attempt stored the interview without", async () => {
    const deps = testDeps();
    deps.schedules.failUpsertFor(...Array.from({ length: 10 }, (_, i) => `fu-${RESERVED}-s${i + 1}`));
    const first = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id: RESERVED });
    expect(first.steps.every((s) => s.status === "unscheduled")).toBe(true);

    const healthy = testDeps();
    const retry = await createInterview(
      { ...healthy, store: deps.store },
      { owner: OWNER, details: interviewDetails(), id: RESERVED },
    );
    expect(retry.steps.every((s) => s.status === "scheduled")).toBe(true);
    expect(healthy.schedules.upsertedNames().sort()).toEqual(first.steps.map((s) => s.scheduleName).sort());
  });

  it("refuses an id taken by another owner's interview", async () => {
    const deps = testDeps();
    await createInterview(deps, { owner: "user-2", details: interviewDetails(), id: RESERVED });
    await expect(
      createInterview(deps, { owner: OWNER, details: interviewDetails(), id: RESERVED }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    expect(deps.store.peek(RESERVED)?.owner).toBe("user-2");
  });

  it("without a reserved id, each request makes an interview of its own", async () => {
    const deps = testDeps();
    const a = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    const b = await createInterview(deps, { owner: OWNER, details: interviewDetails({ round: "final" }) });
    expect(a.id).not.toBe(b.id);
  });
});
