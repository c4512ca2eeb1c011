import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";
import { VersionConflictError } from "../../../shared/errors/version-conflict-error.js";
import { reserveForward } from "../../../shared/use-cases/reserve-forward.js";
import { localInterviewStores } from "../support/local-interview-stores.js";
import { startHarness } from "../support/local-stack-harness.js";
import { registeredInterview } from "../support/registered-interview.js";

let harness: Awaited<ReturnType<typeof startHarness>>;
let store: DynamoInterviewStore;
/** A store whose every put is sent twice, the first answer lost: what the SDK's retry of a landed put does. */
let retryingStore: DynamoInterviewStore;

beforeAll(async () => {
  harness = await startHarness();
  ({ store, retryingStore } = localInterviewStores(harness.stack.dynamoUrl, PutCommand));
});
afterAll(async () => {
  await harness?.close();
});

const createdInterview = (subject: string) => registeredInterview(harness, store, subject);

describe("a put whose first attempt landed, retried (its answer lost)", () => {
  it("is recognised as our own write on a real store, for a full planned interview, and another writer's is not", async () => {
    const stored = await createdInterview("landed-writer");
    expect(stored.steps.length).toBeGreaterThan(2);

    const next = { ...stored, version: stored.version + 1, updatedAt: new Date().toISOString() };
    await expect(retryingStore.replace(next, stored.version)).resolves.toBeUndefined();
    expect((await store.get(stored.id))?.version).toBe(next.version);
    await expect(
      retryingStore.create({ ...stored, id: "01KZZZZZZZZZZZZZZZZZZZZZZZ", owner: "another-owner" }),
    ).resolves.toBeUndefined();

    // Another writer's item of the same version is a conflict, even when it holds the very same change.
    await expect(
      store.replace({ ...next, version: next.version + 1 }, next.version),
    ).resolves.toBeUndefined();
    await expect(store.replace({ ...next, version: next.version + 1 }, next.version)).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    await expect(store.create(next)).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe("forwards racing on one interview", () => {
  it("reserves exactly the limit out of 30 concurrent bumps that compute the same change, and stores that count", async () => {
    const stored = await createdInterview("forward-race");
    const at = new Date().toISOString();
    const slots = await Promise.all(
      Array.from({ length: 30 }, async () => {
        // Retried on a version conflict (mutateInterview gives up after 5): the losers come back for more.
        for (;;) {
          try {
            return await reserveForward(store, stored.id, { at, limit: 5 });
          } catch (err) {
            if (!(err instanceof VersionConflictError)) throw err;
          }
        }
      }),
    );
    expect(slots.filter((s) => s === "reserved")).toHaveLength(5);
    expect(slots.filter((s) => s === "rate_limited")).toHaveLength(25);
    expect((await store.get(stored.id))?.inboundForwards).toEqual({ day: at.slice(0, 10), count: 5 });
  });
});
