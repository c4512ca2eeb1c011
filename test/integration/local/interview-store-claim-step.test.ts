import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";
import type { Interview } from "../../../shared/domain/interview.js";
import { type StepClaim, withClaim } from "../../../shared/domain/step-claim.js";
import { updateStep } from "../../../shared/domain/update-step.js";
import { localInterviewStores } from "../support/local-interview-stores.js";
import { startHarness } from "../support/local-stack-harness.js";
import { registeredInterview } from "../support/registered-interview.js";

// The sender's claim written with no read before it (issue 12: one conditional claim), against the local
// store (dynalite behind our front): its condition is what the read was for, and the item it was written
// on comes back with it (ReturnValues ALL_OLD); a refusal hands back the item found (read once here, since
// dynalite ignores ReturnValuesOnConditionCheckFailure).

let harness: Awaited<ReturnType<typeof startHarness>>;
let store: DynamoInterviewStore;
/** Every UpdateItem sent twice, the first answer lost: the SDK's retry of a claim that had landed. */
let retryingStore: DynamoInterviewStore;

beforeAll(async () => {
  harness = await startHarness();
  ({ store, retryingStore } = localInterviewStores(harness.stack.dynamoUrl, UpdateCommand));
});
afterAll(async () => {
  await harness?.close();
});

const registered = (subject: string) => registeredInterview(harness, store, subject);

function claimOf(interview: Interview, stepId: string, claimId: string): StepClaim {
  return {
    interviewId: interview.id,
    stepId,
    claimId,
    claimedAt: new Date().toISOString(),
    dispatchBy: Date.now() + 3_000,
  };
}

const firstStep = (interview: Interview) => {
  const step = interview.steps.find((s) => s.status === "scheduled" && s.phase === "chain");
  if (!step) throw new Error("no scheduled chain step");
  return step;
};

describe("claimStep on the local store", () => {
  it("claims a scheduled step in one write, hands back the item before it, and stores exactly the claimed item", async () => {
    const stored = await registered("claim-first-ok");
    const claim = claimOf(stored, firstStep(stored).id, "claim-a");

    const result = await store.claimStep(claim);

    expect(result).toEqual({ claimed: true, before: stored, after: withClaim(stored, claim) });
    expect(await store.get(stored.id)).toEqual(withClaim(stored, claim));
    // In flight: the sparse index the reconciler reads has it.
    expect((await store.listNeedingAttention(1000)).items.map((i) => i.id)).toContain(stored.id);
    // The "sent" record is a targeted write from the item the claim wrote: its version condition holds.
    const after = withClaim(stored, claim);
    const sent = { ...updateStep(after, claim.stepId, { status: "sent" }), version: after.version + 1 };
    await store.replace(sent, after.version, after);
    expect(await store.get(stored.id)).toEqual(sent);
  });

  it("refuses a step already claimed by another sender and hands back the item as found, unchanged", async () => {
    const stored = await registered("claim-first-rival");
    const stepId = firstStep(stored).id;
    await store.claimStep(claimOf(stored, stepId, "rival"));
    const found = await store.get(stored.id);

    const result = await store.claimStep(claimOf(stored, stepId, "mine"));

    expect(result).toEqual({ claimed: false, current: found });
    expect(await store.get(stored.id)).toEqual(found);
  });

  it("refuses once the chain is stopped, whatever the step's status", async () => {
    const stored = await registered("claim-first-stopped");
    const stopped: Interview = {
      ...stored,
      status: "stopped",
      stopReason: "offer",
      version: stored.version + 1,
    };
    await store.replace(stopped, stored.version, stored);

    const result = await store.claimStep(claimOf(stored, firstStep(stored).id, "late"));

    expect(result).toEqual({ claimed: false, current: stopped });
    expect(await store.get(stored.id)).toEqual(stopped);
  });

  it("refuses an interview that does not exist, writing nothing", async () => {
    const result = await store.claimStep({
      interviewId: "01M00000000000000000000000",
      stepId: "s1",
      claimId: "c",
      claimedAt: new Date().toISOString(),
      dispatchBy: Date.now(),
    });
    expect(result).toEqual({ claimed: false });
    expect(await store.get("01M00000000000000000000000")).toBeUndefined();
  });

  it("refuses while the item waits in the attention index from a later time (an unscheduled step planned ahead)", async () => {
    const stored = await registered("claim-first-attention");
    const [first, second] = stored.steps.filter((s) => s.status === "scheduled");
    if (!first || !second) throw new Error("two scheduled steps needed");
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const waiting = {
      ...updateStep(stored, second.id, { status: "unscheduled", sendAt: later }),
      version: stored.version + 1,
    };
    await store.replace(waiting, stored.version, stored);

    const result = await store.claimStep(claimOf(stored, first.id, "blocked"));

    expect(result).toEqual({ claimed: false, current: waiting });
  });

  it("an SDK retry of a claim that landed finds our own claim: claimed, the item as stored", async () => {
    const stored = await registered("claim-first-retried");
    const claim = claimOf(stored, firstStep(stored).id, "claim-retried");

    const result = await retryingStore.claimStep(claim);

    expect(result.claimed).toBe(true);
    if (!result.claimed) return;
    expect(result.after).toEqual(withClaim(stored, claim));
    expect(result.before.steps.find((s) => s.id === claim.stepId)?.status).toBe("scheduled");
    expect(await store.get(stored.id)).toEqual(withClaim(stored, claim));
  });
});
