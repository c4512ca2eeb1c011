import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import { ItemTooLargeError } from "../../../../shared/errors/item-too-large-error.js";
import { QuotaExceededError } from "../../../../shared/errors/quota-exceeded-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";
import { testUsage } from "../../../support/test-usage.js";

useFixedSystemTime();

const OWNER = "user-1";
const TODAY = FIXED_NOW.toISOString().slice(0, 10);
const FOLLOW_UPS = ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"];

function quotaDeps(limits: Parameters<typeof testUsage>[0] = {}) {
  return { ...testDeps(), usage: testUsage(limits) };
}

/** Interview details with their own application and interviewer, so rounds never supersede each other. */
const details = (i: number, overrides: Record<string, unknown> = {}) =>
  interviewDetails({
    company: `Company ${i}`,
    interviewers: [{ name: "Ann Lee", email: `ann${i}@acme.test` }],
    ...overrides,
  });

async function refusal(promise: Promise<unknown>): Promise<QuotaExceededError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(QuotaExceededError);
  return err as QuotaExceededError;
}

describe("createInterview with quotas", () => {
  it("refuses the 21st interview of a day with quota_exceeded, writing and scheduling nothing", async () => {
    const deps = quotaDeps();
    for (let i = 0; i < 20; i++) await createInterview(deps, { owner: OWNER, details: details(i) });
    const schedulesBefore = deps.schedules.upsertedNames().length;

    const err = await refusal(createInterview(deps, { owner: OWNER, details: details(20) }));

    expect(err).toMatchObject({
      code: "quota_exceeded",
      quota: "interviews_per_day",
      limit: 20,
      resetsAt: "2026-11-24T00:00:00.000Z",
      retryAfterSeconds: 4 * 3600,
    });
    expect(deps.store.all()).toHaveLength(20);
    expect(deps.schedules.upsertedNames()).toHaveLength(schedulesBefore);
    expect(deps.usage.ledger.counted(OWNER, TODAY).interviews).toBe(20);
    // The refused interview's contact was not recorded or counted either.
    expect(deps.usage.ledger.reachOf(OWNER, "ann20@acme.test")).toEqual([]);
    expect(deps.usage.ledger.counted(OWNER, TODAY).contacts).toBe(21);
  });

  it("counts each owner separately and starts over the next UTC day", async () => {
    const deps = quotaDeps({ interviews_per_day: 1 });
    await createInterview(deps, { owner: OWNER, details: details(1) });

    await createInterview(deps, { owner: "someone-else", details: details(2) });
    await refusal(createInterview(deps, { owner: OWNER, details: details(3) }));
    deps.clock.set("2026-11-24T00:00:00.000Z");
    await createInterview(deps, { owner: OWNER, details: details(3) });

    expect(deps.store.all().filter((i) => i.owner === OWNER)).toHaveLength(2);
  });

  it("counts a contact address once per 30-day window however many interviews reach it", async () => {
    const deps = quotaDeps();
    const shared = { recruiter: { name: "Rita Ruiz", email: "Rita@Acme.test" } };
    await createInterview(deps, { owner: OWNER, details: details(1, shared) });
    await createInterview(deps, { owner: OWNER, details: details(2, shared) });

    // ann1, ann2 and rita: three addresses, rita counted once.
    expect(deps.usage.ledger.counted(OWNER, TODAY).contacts).toBe(3);
    expect(deps.usage.ledger.reachOf(OWNER, "rita@acme.test")).toHaveLength(2);
  });

  it("refuses an interview whose new addresses would pass the distinct-contact quota, and gives back the day's interview it took", async () => {
    const deps = quotaDeps({ contacts_per_30_days: 3 });
    await createInterview(deps, { owner: OWNER, details: details(1) }); // ann1 + rita: 2
    const twoNew = details(2, {
      interviewers: [
        { name: "Ann Lee", email: "ann2@acme.test" },
        { name: "Ben Ode", email: "ben2@acme.test" },
      ],
    });

    const err = await refusal(createInterview(deps, { owner: OWNER, details: twoNew }));

    expect(err.quota).toBe("contacts_per_30_days");
    expect(err.limit).toBe(3);
    expect(err.resetsAt).toBeDefined();
    expect(deps.store.all()).toHaveLength(1);
    expect(deps.usage.ledger.counted(OWNER, TODAY).interviews).toBe(1);
    // One new address still fits.
    await createInterview(deps, { owner: OWNER, details: details(3) });
    expect(deps.store.all()).toHaveLength(2);
  });

  it("does not charge or refuse a retry (same reserved id) that finds the first attempt's interview", async () => {
    const deps = quotaDeps({ interviews_per_day: 1 });
    const id = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";
    const first = await createInterview(deps, { owner: OWNER, details: details(1), id });

    const retry = await createInterview(deps, { owner: OWNER, details: details(1), id });

    expect(retry.id).toBe(first.id);
    expect(deps.store.all()).toHaveLength(1);
    expect(deps.usage.ledger.counted(OWNER, TODAY).interviews).toBe(1);
    // A new request is still refused.
    await refusal(createInterview(deps, { owner: OWNER, details: details(2) }));
  });

  it("keeps the quota taken when the store does not answer: the interview may have been stored all the same", async () => {
    const deps = quotaDeps({ interviews_per_day: 1 });
    const id = "01KQ8Z3M4N5P6R7S8T9V0W1X2Z";
    const create = deps.store.create.bind(deps.store);
    deps.store.create = async (interview) => {
      await create(interview); // landed, but its answer was lost
      throw new DependencyUnavailableError("The interview store");
    };

    await expect(createInterview(deps, { owner: OWNER, details: details(1), id })).rejects.toThrow(
      DependencyUnavailableError,
    );

    expect(deps.store.all()).toHaveLength(1);
    expect(deps.usage.ledger.counted(OWNER, TODAY)).toEqual({ interviews: 1, contacts: 2 }); // ann1 and the recruiter
    // So the day's limit still holds, and the client's retry with the same key is answered, not charged.
    await refusal(createInterview(deps, { owner: OWNER, details: details(2) }));
    deps.store.create = create;
    const retry = await createInterview(deps, { owner: OWNER, details: details(1), id });
    expect(retry.id).toBe(id);
    expect(deps.usage.ledger.counted(OWNER, TODAY).interviews).toBe(1);
  });

  it("answers a quota record that does not answer with its 503 at once, reading nothing more (a hung table costs one timeout, not two)", async () => {
    const deps = quotaDeps();
    deps.usage.ledger.take = async () => {
      throw new DependencyUnavailableError("The quota records");
    };
    let reads = 0;
    const get = deps.store.get.bind(deps.store);
    deps.store.get = async (id) => {
      reads++;
      return get(id);
    };

    await expect(
      createInterview(deps, { owner: OWNER, details: details(1), id: "01KQ8Z3M4N5P6R7S8T9V0W1X30" }),
    ).rejects.toThrow(DependencyUnavailableError);

    expect(reads).toBe(0);
    expect(deps.store.all()).toHaveLength(0);
  });

  it("gives the quota back when the store refuses the interview (nothing was stored)", async () => {
    const deps = quotaDeps();
    deps.store.create = async () => {
      throw new ItemTooLargeError("01KQ8Z3M4N5P6R7S8T9V0W1X30", new Error("too large"));
    };

    await expect(createInterview(deps, { owner: OWNER, details: details(1) })).rejects.toThrow(
      ItemTooLargeError,
    );

    expect(deps.usage.ledger.counted(OWNER, TODAY)).toEqual({ interviews: 0, contacts: 0 });
    expect(deps.usage.ledger.reachOf(OWNER, "ann1@acme.test")).toEqual([]);
  });

  it("holds the cap of unanswered follow-ups per address, whatever applicationId the caller files the interview under", async () => {
    const deps = quotaDeps();
    const first = await createInterview(deps, {
      owner: OWNER,
      details: details(1, { applicationId: "dodge-1" }),
    });
    const followUps = first.steps.filter((s) => FOLLOW_UPS.includes(s.kind));
    expect(followUps.length).toBe(first.settings.maxUnansweredFollowUps);
    // Every follow-up of the first interview reached the recruiter, unanswered.
    deps.store.writeConcurrently(first.id, (current: Interview) => ({
      ...current,
      steps: current.steps.map((s: Step) =>
        FOLLOW_UPS.includes(s.kind) ? { ...s, status: "sent", sentAt: s.sendAt } : s,
      ),
    }));

    const second = await createInterview(deps, {
      owner: OWNER,
      details: details(2, { applicationId: "dodge-2" }),
    });

    expect(
      second.steps.filter((s) => FOLLOW_UPS.includes(s.kind) && s.to.email === "rita@acme.test"),
    ).toEqual([]);
    // Without quotas (no per-address record) the same dodge would plan a full set again.
    const plain = testDeps();
    const again = await createInterview(plain, {
      owner: OWNER,
      details: details(2, { applicationId: "dodge-3" }),
    });
    expect(again.steps.filter((s) => FOLLOW_UPS.includes(s.kind)).length).toBeGreaterThan(0);
  });
});
