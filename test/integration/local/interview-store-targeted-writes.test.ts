import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";
import type { Interview } from "../../../shared/domain/interview.js";
import { updateStep } from "../../../shared/domain/update-step.js";
import { withEvent } from "../../../shared/domain/with-event.js";
import { VersionConflictError } from "../../../shared/errors/version-conflict-error.js";
import { localInterviewStores } from "../support/local-interview-stores.js";
import { startHarness } from "../support/local-stack-harness.js";
import { registeredInterview } from "../support/registered-interview.js";

// The targeted writes (UpdateItem on a step's paths, list_append, REMOVE) against the local store, dynalite
// behind our front: what the sender and every mutation rely on locally. dynalite ignores
// ReturnValuesOnConditionCheckFailure, so a lost race is told from our own landed write by one read here.

let harness: Awaited<ReturnType<typeof startHarness>>;
let store: DynamoInterviewStore;
/** A store whose every UpdateItem is sent twice, the first answer lost: what the SDK's retry of a landed write does. */
let retryingStore: DynamoInterviewStore;

beforeAll(async () => {
  harness = await startHarness();
  ({ store, retryingStore } = localInterviewStores(harness.stack.dynamoUrl, UpdateCommand));
});
afterAll(async () => {
  await harness?.close();
});

const registered = (subject: string) => registeredInterview(harness, store, subject);

function claimed(before: Interview, stepId: string, claimId: string): Interview {
  const at = new Date().toISOString();
  return {
    ...updateStep(before, stepId, {
      status: "sending",
      claimedAt: at,
      claimId,
      dispatchBy: Date.now(),
      updatedAt: at,
    }),
    version: before.version + 1,
  };
}

describe("targeted conditional writes on the local store", () => {
  it("claims one step by its paths and records it sent (fields set and removed, an event appended), read back exactly", async () => {
    const stored = await registered("targeted-writer");
    const first = stored.steps[0];
    if (!first) throw new Error("no step planned");

    const claim = claimed(stored, first.id, "claim-1");
    await store.replace(claim, stored.version, stored);
    expect(await store.get(stored.id)).toEqual(claim);
    // In flight: the sparse index the reconciler reads has it.
    expect((await store.listNeedingAttention(100)).items.map((i) => i.id)).toContain(stored.id);

    const sentAt = new Date().toISOString();
    const sent: Interview = {
      ...withEvent(
        updateStep(claim, first.id, {
          status: "sent",
          sentAt,
          messageId: "<m-1@local>",
          claimId: undefined,
          updatedAt: sentAt,
        }),
        { at: sentAt, type: "step.sent", stepId: first.id },
      ),
      version: claim.version + 1,
    };
    await store.replace(sent, claim.version, claim);
    const after = await store.get(stored.id);
    expect(after).toEqual(sent);
    expect(after?.steps.find((s) => s.id === first.id)).not.toHaveProperty("claimId");
    expect(after?.events.at(-1)).toEqual({ at: sentAt, type: "step.sent", stepId: first.id });
    expect((await store.listNeedingAttention(100)).items.map((i) => i.id)).not.toContain(stored.id);
  });

  it("fails a claim that lost the race, and leaves the item untouched (dynalite ignores ALL_OLD: the adapter reads once to tell)", async () => {
    const stored = await registered("targeted-loser");
    const first = stored.steps[0];
    if (!first) throw new Error("no step planned");
    const stop: Interview = {
      ...stored,
      status: "stopped",
      stopReason: "offer",
      version: stored.version + 1,
    };
    await store.replace(stop, stored.version, stored);

    const err = await store
      .replace(claimed(stored, first.id, "claim-late"), stored.version, stored)
      .catch((e: unknown) => e);

    expect(err).toBeInstanceOf(VersionConflictError);
    expect(await store.get(stored.id)).toEqual(stop);
  });

  it("takes the retry of a targeted write that had landed (its answer lost) for its own write", async () => {
    const stored = await registered("targeted-retry");
    const first = stored.steps[0];
    if (!first) throw new Error("no step planned");
    const claim = claimed(stored, first.id, "claim-twice");
    // What the SDK's retry does: the same request again, its condition now failing on our own item.
    await expect(retryingStore.replace(claim, stored.version, stored)).resolves.toBeUndefined();
    expect((await store.get(stored.id))?.steps[0]?.claimId).toBe("claim-twice");
    // Another claim of the same version is not ours, nor is the very same change written again.
    const rival = claimed(stored, first.id, "claim-rival");
    await expect(store.replace(rival, stored.version, stored)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.replace(claim, stored.version, stored)).rejects.toBeInstanceOf(VersionConflictError);
  });
});
