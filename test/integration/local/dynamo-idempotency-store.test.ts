import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import {
  DynamoIdempotencyStore,
  idempotencyItemKey,
} from "../../../shared/adapters/dynamo-idempotency-store.js";
import type { IdempotencyRecord } from "../../../shared/ports/idempotency-store.js";

const TABLE = "idempotency-test";
let server: Server;
let client: DynamoDBDocumentClient;
let store: DynamoIdempotencyStore;

beforeAll(async () => {
  const dynalite = createRequire(import.meta.url)("dynalite") as (o: object) => Server;
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const raw = new DynamoDBClient({
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createLocalTable(raw, TABLE);
  client = DynamoDBDocumentClient.from(raw);
  store = new DynamoIdempotencyStore(client, TABLE);
});
afterAll(async () => {
  client?.destroy();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

function record(key: string, overrides: Partial<IdempotencyRecord> = {}): IdempotencyRecord {
  return {
    owner: "auth0|sam#1",
    key,
    fingerprint: "fp-1",
    reservedId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y",
    state: "in_progress",
    startedAt: "2026-11-23T20:00:00.000Z",
    expiresAt: "2026-11-24T20:00:00.000Z",
    ...overrides,
  };
}

describe("DynamoIdempotencyStore on dynalite", () => {
  it("reserves a new key once; the second reservation gets the first record back", async () => {
    expect(await store.reserve(record("k1"))).toBeUndefined();
    const found = await store.reserve(
      record("k1", { reservedId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Z", fingerprint: "fp-2" }),
    );
    expect(found).toEqual(record("k1"));
  });

  it("stores the item under the owner and key with the table's TTL attribute in epoch seconds", async () => {
    await store.reserve(record("k-ttl"));
    const out = await client.send(
      new GetCommand({ TableName: TABLE, Key: idempotencyItemKey("auth0|sam#1", "k-ttl") }),
    );
    expect(out.Item?.pk).toBe("IDEMP#auth0%7Csam%231#k-ttl");
    expect(out.Item?.expiresAt).toBe(Date.parse("2026-11-24T20:00:00.000Z") / 1000);
  });

  it("keeps owners apart, even when a key or owner holds the separator", async () => {
    await store.reserve(record("a#b", { owner: "x" }));
    expect(await store.reserve(record("b", { owner: "x#a" }))).toBeUndefined();
  });

  it("treats an expired record as absent although dynalite never deletes it", async () => {
    await store.reserve(record("k-old"));
    const later = record("k-old", {
      reservedId: "01KQ8Z3M4N5P6R7S8T9V0W1X30",
      startedAt: "2026-11-25T20:00:00.000Z",
      expiresAt: "2026-11-26T20:00:00.000Z",
    });
    expect(await store.reserve(later)).toBeUndefined();
    expect(await store.reserve(record("k-old", { startedAt: "2026-11-25T20:00:01.000Z" }))).toEqual(later);
  });

  it("completes the attempt it holds, and returns the answer on the next reservation", async () => {
    const attempt = record("k-done");
    await store.reserve(attempt);
    const body = JSON.stringify({ id: "x", notes: "é".repeat(50_000) });
    expect(
      await store.complete(attempt, {
        statusCode: 201,
        headers: { "content-type": "application/json", location: "/interviews/x" },
        body,
      }),
    ).toBe(true);
    const found = await store.reserve(record("k-done"));
    expect(found?.state).toBe("completed");
    expect(found?.response).toEqual({
      statusCode: 201,
      headers: { "content-type": "application/json", location: "/interviews/x" },
      body,
    });
  });

  it("restarts a failed attempt only once, keeping the reserved id", async () => {
    const attempt = record("k-failed");
    await store.reserve(attempt);
    expect(await store.release(attempt)).toBe(true);
    const failed = await store.reserve(record("k-failed", { reservedId: "01KQ8Z3M4N5P6R7S8T9V0W1X31" }));
    expect(failed?.state).toBe("failed");

    expect(await store.restart(failed as IdempotencyRecord, "2026-11-23T20:01:00.000Z")).toBe(true);
    expect(await store.restart(failed as IdempotencyRecord, "2026-11-23T20:01:01.000Z")).toBe(false);
    const running = await store.reserve(record("k-failed"));
    expect(running).toMatchObject({
      state: "in_progress",
      startedAt: "2026-11-23T20:01:00.000Z",
      reservedId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y",
    });
  });

  it("refuses to complete or release for an attempt that no longer holds the key", async () => {
    const attempt = record("k-taken");
    await store.reserve(attempt);
    await store.restart(attempt, "2026-11-23T20:05:00.000Z");
    expect(await store.complete(attempt, { statusCode: 200, headers: {} })).toBe(false);
    expect(await store.release(attempt)).toBe(false);
    expect((await store.reserve(record("k-taken")))?.state).toBe("in_progress");
  });
});
