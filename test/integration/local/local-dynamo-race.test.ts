import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";

/*
 * Thousands of racing conditional writes on the embedded store (the same front and dynalite the local
 * stack runs, persisted on disk, the project's table with its GSIs), each from the real SDK client over
 * loopback. Counts are chosen to stay well under a minute on two busy cores; nothing here is timed.
 */
const TABLE = "race";
const ITEMS = 6;
const CLIENTS = 10;
const WRITES = 2000;
const READERS = 2;
const CLAIMS = 100;
const CONTENDERS = 8;

let dir: string;
let store: LocalDynamo;
const clients: DynamoDBClient[] = [];

const key = (i: number) => ({ pk: { S: `RACE#${i}` }, sk: { S: "ITEM" } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "local-dynamo-race-"));
  // RACE_BARE=1 runs the same race against dynalite without the ordering front (see the report in
  // start-local-dynamo.ts); CI always tests the front the local stack uses.
  store = await startLocalDynamo({
    path: join(dir, "dynamodb"),
    port: 0,
    ordered: process.env.RACE_BARE !== "1",
  });
  for (let i = 0; i < CLIENTS; i++) {
    clients.push(
      new DynamoDBClient({
        region: "us-east-1",
        endpoint: store.url,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
        // A retried conditional write could fail on its own first attempt's success: count only what the
        // store answered once.
        maxAttempts: 1,
      }),
    );
  }
  const first = clients[0] as DynamoDBClient;
  await createLocalTable(first, TABLE);
  for (let i = 0; i < ITEMS; i++) {
    await first.send(
      new PutItemCommand({
        TableName: TABLE,
        Item: { ...key(i), version: { N: "0" }, gsi1pk: { S: "RACE" }, gsi1sk: { S: `${i}#0` } },
      }),
    );
  }
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const isConflict = (err: unknown) => err instanceof ConditionalCheckFailedException;

describe("the embedded DynamoDB store under racing conditional writes", () => {
  it("gives every version exactly one winner; no read, GetItem or index Query, is older than a write already acknowledged", async () => {
    /** Highest version of each item acknowledged to some client so far. */
    const acked = Array.from({ length: ITEMS }, () => 0);
    /** Winner of each (item, version). */
    const winners = new Map<string, number>();
    const duplicates: string[] = [];
    const wentBack: string[] = [];
    const ackedWrites = Array.from({ length: ITEMS }, () => 0);
    let total = 0;
    let conflicts = 0;
    let reads = 0;

    const read = async (client: DynamoDBClient, i: number) => {
      const floor = acked[i] as number;
      const out = await client.send(
        new GetItemCommand({ TableName: TABLE, Key: key(i), ConsistentRead: true }),
      );
      reads++;
      const version = Number(out.Item?.version?.N);
      if (!(version >= floor)) wentBack.push(`item ${i}: read ${version} after ${floor} was acknowledged`);
      return version;
    };

    const writer = async (client: DynamoDBClient, id: number) => {
      let n = 0;
      while (total < WRITES) {
        const i = (id + n++) % ITEMS;
        const version = await read(client, i);
        const next = version + 1;
        // Half the writers replace the whole item, half update it: both paths take the same guard.
        const write = () =>
          id % 2 === 0
            ? client.send(
                new PutItemCommand({
                  TableName: TABLE,
                  Item: {
                    ...key(i),
                    version: { N: String(next) },
                    by: { N: String(id) },
                    gsi1pk: { S: "RACE" },
                    gsi1sk: { S: `${i}#${next}` },
                  },
                  ConditionExpression: "version = :v",
                  ExpressionAttributeValues: { ":v": { N: String(version) } },
                }),
              )
            : client.send(
                new UpdateItemCommand({
                  TableName: TABLE,
                  Key: key(i),
                  UpdateExpression: "SET version = :next, #by = :by, gsi1sk = :sk",
                  ConditionExpression: "version = :v",
                  ExpressionAttributeNames: { "#by": "by" },
                  ExpressionAttributeValues: {
                    ":v": { N: String(version) },
                    ":next": { N: String(next) },
                    ":by": { N: String(id) },
                    ":sk": { S: `${i}#${next}` },
                  },
                }),
              );
        try {
          await write();
        } catch (err) {
          if (!isConflict(err)) throw err;
          conflicts++;
          continue;
        }
        const slot = `${i}@${next}`;
        if (winners.has(slot)) duplicates.push(`${slot}: writers ${winners.get(slot)} and ${id}`);
        winners.set(slot, id);
        ackedWrites[i] = (ackedWrites[i] as number) + 1;
        total++;
        if (next > (acked[i] as number)) acked[i] = next;
      }
    };

    // A Query of the index during the race: every item exactly once, none older than acknowledged before
    // the Query was sent. (Stronger than DynamoDB's eventually consistent GSIs; dynalite alone breaks it,
    // since it deletes an item's old index entry before writing the new one, in separate operations.)
    const torn: string[] = [];
    let queries = 0;
    const querier = async (client: DynamoDBClient) => {
      while (total < WRITES) {
        const floor = [...acked];
        const out = await client.send(
          new QueryCommand({
            TableName: TABLE,
            IndexName: "gsi1",
            KeyConditionExpression: "gsi1pk = :p",
            ExpressionAttributeValues: { ":p": { S: "RACE" } },
          }),
        );
        queries++;
        const seen = (out.Items ?? []).map((it) => it.gsi1sk?.S ?? "").map((sk) => sk.split("#").map(Number));
        for (let i = 0; i < ITEMS; i++) {
          const versions = seen.filter(([item]) => item === i).map(([, v]) => v as number);
          if (versions.length !== 1 || (versions[0] as number) < (floor[i] as number)) {
            torn.push(`item ${i}: index had versions [${versions}] after ${floor[i]} was acknowledged`);
          }
        }
      }
    };

    const reader = async (client: DynamoDBClient, id: number) => {
      let n = 0;
      while (total < WRITES) await read(client, (id + n++) % ITEMS);
    };

    await Promise.all([
      ...clients.map((c, id) => writer(c, id)),
      ...Array.from({ length: READERS }, (_, id) => reader(clients[id % CLIENTS] as DynamoDBClient, id)),
      querier(clients[CLIENTS - 1] as DynamoDBClient),
    ]);

    expect(duplicates).toEqual([]);
    expect(wentBack).toEqual([]);
    expect({ count: torn.length, first: torn.slice(0, 5) }).toEqual({ count: 0, first: [] });
    expect(queries).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(0); // the writers did race
    expect(reads).toBeGreaterThan(WRITES);
    const first = clients[0] as DynamoDBClient;
    for (let i = 0; i < ITEMS; i++) {
      const out = await first.send(
        new GetItemCommand({ TableName: TABLE, Key: key(i), ConsistentRead: true }),
      );
      expect(Number(out.Item?.version?.N)).toBe(ackedWrites[i]);
      expect(Number(out.Item?.by?.N)).toBe(winners.get(`${i}@${ackedWrites[i]}`));
    }
    // The index agrees with the items: one entry per item, at its last version.
    const index = await first.send(
      new QueryCommand({
        TableName: TABLE,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: { ":p": { S: "RACE" } },
      }),
    );
    expect((index.Items ?? []).map((it) => it.gsi1sk?.S).sort()).toEqual(
      ackedWrites.map((v, i) => `${i}#${v}`).sort(),
    );
  }, 120_000);

  it("lets exactly one of many racing claims of the same attribute win, and keeps the winner's value", async () => {
    const won = new Map<number, number[]>();
    await Promise.all(
      Array.from({ length: CLAIMS * CONTENDERS }, async (_, n) => {
        const claim = n % CLAIMS;
        const contender = Math.floor(n / CLAIMS);
        const client = clients[n % CLIENTS] as DynamoDBClient;
        try {
          await client.send(
            new UpdateItemCommand({
              TableName: TABLE,
              Key: { pk: { S: `CLAIM#${claim}` }, sk: { S: "ITEM" } },
              UpdateExpression: "SET claimedBy = :me",
              ConditionExpression: "attribute_not_exists(claimedBy)",
              ExpressionAttributeValues: { ":me": { N: String(contender) } },
            }),
          );
          won.set(claim, [...(won.get(claim) ?? []), contender]);
        } catch (err) {
          if (!isConflict(err)) throw err;
        }
      }),
    );
    const first = clients[0] as DynamoDBClient;
    for (let claim = 0; claim < CLAIMS; claim++) {
      const winners = won.get(claim) ?? [];
      expect(winners, `claim ${claim}`).toHaveLength(1);
      const out = await first.send(
        new GetItemCommand({
          TableName: TABLE,
          Key: { pk: { S: `CLAIM#${claim}` }, sk: { S: "ITEM" } },
          ConsistentRead: true,
        }),
      );
      expect(Number(out.Item?.claimedBy?.N)).toBe(winners[0]);
    }
  }, 120_000);
});
