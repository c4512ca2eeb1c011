import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { countedName } from "../../../shared/adapters/counted-name.js";
import { DynamoQuotaCounter } from "../../../shared/adapters/dynamo-quota-counter.js";
import { quotaCounterKey } from "../../../shared/adapters/quota-counter-table.js";
import { DependencyUnavailableError } from "../../../shared/errors/app-error.js";
import type { QuotaCounterKey } from "../../../shared/ports/quota-counter.js";

const require = createRequire(import.meta.url);
const TABLE = "quota-test";
const EXPIRES = new Date("2026-12-03T00:00:00.000Z");

let server: Server;
let client: DynamoDBDocumentClient;
let counter: DynamoQuotaCounter;

beforeAll(async () => {
  const dynalite = require("dynalite") as (o: object) => Server;
  server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const raw = new DynamoDBClient({
    region: "us-east-1",
    endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createLocalTable(raw, TABLE);
  client = DynamoDBDocumentClient.from(raw);
  counter = new DynamoQuotaCounter(client, TABLE);
});

afterAll(async () => {
  client?.destroy();
  await new Promise<void>((ok) => server.close(() => ok()));
});

let n = 0;
const key = (): QuotaCounterKey => ({
  owner: `auth0|owner-${++n}`,
  quota: "interviews_per_day",
  window: "2026-12-01",
});

describe("DynamoQuotaCounter against dynalite", () => {
  it("adds up to the limit and refuses the one after, leaving the count unchanged", async () => {
    const k = key();
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) results.push(await counter.add(k, 1, 3, EXPIRES));

    expect(results).toEqual([true, true, true, false]);
    expect(await counter.read(k)).toBe(3);
  });

  it("adds several at once only when all of them fit", async () => {
    const k = key();
    expect(await counter.add(k, 2, 3, EXPIRES)).toBe(true);
    expect(await counter.add(k, 2, 3, EXPIRES)).toBe(false);
    expect(await counter.add(k, 1, 3, EXPIRES)).toBe(true);
    expect(await counter.add(k, 4, 3, EXPIRES)).toBe(false);
    expect(await counter.read(k)).toBe(3);
  });

  it("stores the count with a TTL attribute in epoch seconds, under a key of owner, quota and window", async () => {
    const k = key();
    await counter.add(k, 1, 5, EXPIRES);

    const item = (await client.send(new GetCommand({ TableName: TABLE, Key: quotaCounterKey(k) }))).Item;

    expect(item).toMatchObject({ count: 1, expiresAt: EXPIRES.getTime() / 1000 });
    expect(item?.pk).toBe(`QUOTA#${encodeURIComponent(k.owner)}`);
    expect(await counter.read({ ...k, window: "2026-12-02" })).toBe(0);
    expect(await counter.read({ ...k, quota: "emails_per_day" })).toBe(0);
  });

  it("releases what was taken, never below zero", async () => {
    const k = key();
    await counter.add(k, 2, 5, EXPIRES);

    await counter.release(k, 1);
    expect(await counter.read(k)).toBe(1);
    await counter.release(k, 5);
    expect(await counter.read(k)).toBe(1);
    await counter.release(key(), 1);
  });

  it("lets several concurrent requests take no more than the limit between them", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 12 }, () => counter.add(k, 1, 5, EXPIRES)));

    expect(results.filter(Boolean).length).toBeLessThanOrEqual(5);
    expect(await counter.read(k)).toBe(results.filter(Boolean).length);
  });

  it("counts a named add once however often it is repeated, and still refuses past the limit", async () => {
    const k = key();
    const results: boolean[] = [];
    for (const name of ["i1/s1", "i1/s1", "i1/s2", "i1/s2", "i1/s3", "i1/s1"]) {
      results.push(await counter.add(k, 1, 2, EXPIRES, name));
    }

    // s1 counted, s1 again (already counted), s2 counted, s2 again, s3 over the limit, s1 again.
    expect(results).toEqual([true, true, true, true, false, true]);
    expect(await counter.read(k)).toBe(2);
    const item = (await client.send(new GetCommand({ TableName: TABLE, Key: quotaCounterKey(k) }))).Item;
    expect(item?.counted).toEqual(new Set([countedName("i1/s1"), countedName("i1/s2")]));
  });

  it("counts one name once when the same add races itself", async () => {
    const k = key();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => counter.add(k, 1, 5, EXPIRES, "i1/s1")),
    );

    expect(results.every(Boolean)).toBe(true);
    expect(await counter.read(k)).toBe(1);
  });

  it("answers 503-mapped errors when the table is unreachable", async () => {
    const offline = new DynamoQuotaCounter(
      DynamoDBDocumentClient.from(
        new DynamoDBClient({
          region: "us-east-1",
          endpoint: "http://127.0.0.1:9",
          credentials: { accessKeyId: "local", secretAccessKey: "local" },
          maxAttempts: 1,
        }),
      ),
      TABLE,
    );

    await expect(offline.add(key(), 1, 5, EXPIRES)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
