import { describe, expect, it } from "vitest";
import type { InterviewPatch } from "../../../../shared/api/interview-input-schema.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { QuotaExceededError } from "../../../../shared/errors/quota-exceeded-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";
import { testUsage } from "../../../support/test-usage.js";

useFixedSystemTime();

const OWNER = "user-1";

async function setup(limits: Parameters<typeof testUsage>[0] = {}) {
  const deps = { ...testDeps(), usage: testUsage(limits) };
  const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
  return { deps, created };
}

const interviewers = (...emails: string[]) =>
  emails.map((email, i) => ({ name: `Person ${i}`, email })) as InterviewPatch["interviewers"];

const replacements = (deps: Awaited<ReturnType<typeof setup>>["deps"], id: string) =>
  deps.usage.counter.count(OWNER, "contact_replacements_per_interview", `interview-${id}`);

describe("updateInterview with quotas", () => {
  it("lets three contacts be replaced over an interview's life, then answers 429 and changes nothing", async () => {
    const { deps, created } = await setup();
    for (const email of ["b@acme.test", "c@acme.test", "d@acme.test"]) {
      await updateInterview(deps, {
        owner: OWNER,
        id: created.id,
        patch: { interviewers: interviewers(email) },
      });
    }
    const before = deps.store.peek(created.id) as Interview;
    const schedulesBefore = deps.schedules.upsertedNames().length;

    const err = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { interviewers: interviewers("e@acme.test") },
    }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(QuotaExceededError);
    expect(err).toMatchObject({
      code: "quota_exceeded",
      quota: "contact_replacements_per_interview",
      limit: 3,
    });
    expect((err as QuotaExceededError).resetsAt).toBeUndefined();
    expect(deps.store.peek(created.id)).toEqual(before);
    expect(deps.schedules.upsertedNames()).toHaveLength(schedulesBefore);
    expect(replacements(deps, created.id)).toBe(3);
  });

  it("charges only addresses the change brings in: re-sending the same contacts, other fields, or a case change cost nothing", async () => {
    const { deps, created } = await setup({ contact_replacements_per_interview: 0 });

    await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: {
        interviewers: interviewers("ANN@acme.test"),
        notes: "went well",
        recruiter: created.recruiter,
      },
    });

    expect(deps.store.peek(created.id)?.notes).toBe("went well");
    await expect(
      updateInterview(deps, {
        owner: OWNER,
        id: created.id,
        patch: { referrer: { name: "Ref", email: "r@x.test" } },
      }),
    ).rejects.toMatchObject({ quota: "contact_replacements_per_interview", limit: 0 });
  });

  it("charges every new address of one change, so ten interviewers replaced at once are refused in full", async () => {
    const { deps, created } = await setup();
    const ten = interviewers(...Array.from({ length: 10 }, (_, i) => `new${i}@acme.test`));

    await expect(
      updateInterview(deps, { owner: OWNER, id: created.id, patch: { interviewers: ten } }),
    ).rejects.toBeInstanceOf(QuotaExceededError);
    expect(deps.store.peek(created.id)?.interviewers.map((i) => i.email)).toEqual(["ann@acme.test"]);
  });

  it("gives the replacements back when the change is refused as invalid", async () => {
    const { deps, created } = await setup();

    await expect(
      updateInterview(deps, {
        owner: OWNER,
        id: created.id,
        // A decision date before the interview makes the merged interview invalid.
        patch: { interviewers: interviewers("b@acme.test"), decisionExpectedBy: "2020-01-01" },
      }),
    ).rejects.toBeInstanceOf(ValidationError);

    expect(replacements(deps, created.id)).toBe(0);
    expect(deps.usage.ledger.reachOf(OWNER, "b@acme.test")).toEqual([]);
  });

  it("records a new address as a contact of the interview and counts it toward distinct contacts", async () => {
    const { deps, created } = await setup({ contacts_per_30_days: 3 });
    // ann + rita: 2 distinct; one more fits, a second does not.
    await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { referrer: { name: "Ref", email: "ref@x.test" } },
    });

    expect(deps.usage.ledger.reachOf(OWNER, "ref@x.test")).toEqual([created.id]);
    await expect(
      updateInterview(deps, {
        owner: OWNER,
        id: created.id,
        patch: { interviewers: interviewers("b@acme.test") },
      }),
    ).rejects.toMatchObject({ quota: "contacts_per_30_days" });
    expect(replacements(deps, created.id)).toBe(1);
  });
});
