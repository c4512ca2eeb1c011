import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";

let dir: string;
const opened: LocalDynamo[] = [];
const clients: DynamoDBClient[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "local-dynamo-journal-"));
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(options: { ordered?: boolean } = {}) {
  const store = await startLocalDynamo({ path: join(dir, "dynamodb"), port: 0, ...options });
  const client = new DynamoDBClient({
    region: "us-east-1",
    endpoint: store.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  clients.push(client);
  return { store, client };
}

async function close(o: { store: LocalDynamo; client: DynamoDBClient }) {
  o.client.destroy();
  await o.store.close();
}

const key = (n: number) => ({ pk: { S: `I#${n}` }, sk: { S: "ITEM" } });
const item = (n: number, version: number) => ({
  ...key(n),
  gsi1pk: { S: "OWNER#o" },
  gsi1sk: { S: `k${n}` },
  version: { N: String(version) },
});

describe("the local DynamoDB store, in memory and made durable by its journal", () => {
  it("holds after a restart exactly what was acknowledged: last versions, counters, deletes and its index", async () => {
    const first = await open();
    await createLocalTable(first.client, "journal");
    for (let n = 0; n < 5; n++) {
      for (let v = 1; v <= 4; v++) {
        await first.client.send(
          new PutItemCommand({
            TableName: "journal",
            Item: item(n, v),
            ...(v > 1
              ? {
                  ConditionExpression: "version = :e",
                  ExpressionAttributeValues: { ":e": { N: String(v - 1) } },
                }
              : {}),
          }),
        );
      }
    }
    for (let i = 0; i < 3; i++) {
      await first.client.send(
        new UpdateItemCommand({
          TableName: "journal",
          Key: { pk: { S: "QUOTA#o" }, sk: { S: "emails" } },
          UpdateExpression: "ADD #c :one",
          ExpressionAttributeNames: { "#c": "count" },
          ExpressionAttributeValues: { ":one": { N: "1" } },
        }),
      );
    }
    await first.client.send(new DeleteItemCommand({ TableName: "journal", Key: key(2) }));
    // A refused write is not journaled: replaying it would fail, or worse, succeed.
    await expect(
      first.client.send(
        new PutItemCommand({
          TableName: "journal",
          Item: item(0, 99),
          ConditionExpression: "version = :e",
          ExpressionAttributeValues: { ":e": { N: "1" } },
        }),
      ),
    ).rejects.toThrow(/conditional/i);
    await close(first);

    const second = await open();
    const read = async (k: Record<string, { S: string }>) =>
      (await second.client.send(new GetItemCommand({ TableName: "journal", Key: k, ConsistentRead: true })))
        .Item;
    for (const n of [0, 1, 3, 4]) expect((await read(key(n)))?.version).toEqual({ N: "4" });
    expect(await read(key(2))).toBeUndefined();
    expect((await read({ pk: { S: "QUOTA#o" }, sk: { S: "emails" } }))?.count).toEqual({ N: "3" });
    const listed = await second.client.send(
      new QueryCommand({
        TableName: "journal",
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :o",
        ExpressionAttributeValues: { ":o": { S: "OWNER#o" } },
      }),
    );
    expect(listed.Items?.map((i) => i.pk?.S).sort()).toEqual(["I#0", "I#1", "I#3", "I#4"]);
    // Started from a snapshot: one CreateTable and one PutItem per item, not the 25 writes made.
    const lines = readFileSync(join(dir, "dynamodb", "writes.journal"), "utf8")
      .trim()
      .split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { op: string }).op)).toEqual([
      "CreateTable",
      ...Array(5).fill("PutItem"),
    ]);
  });

  it("refuses a second store on a directory in use, and opens it once the first has closed", async () => {
    const first = await open();
    await expect(startLocalDynamo({ path: join(dir, "dynamodb"), port: 0 })).rejects.toThrow(/in use/);
    await close(first);
    const second = await open();
    await createLocalTable(second.client, "journal");
  });

  it("reads a directory an earlier version left as LevelDB once, into its journal", async () => {
    const old = await open({ ordered: false });
    await createLocalTable(old.client, "journal");
    await old.client.send(new PutItemCommand({ TableName: "journal", Item: item(7, 3) }));
    await close(old);

    const now = await open();
    const got = await now.client.send(
      new GetItemCommand({ TableName: "journal", Key: key(7), ConsistentRead: true }),
    );
    expect(got.Item?.version).toEqual({ N: "3" });
    await createLocalTable(now.client, "journal"); // already there
  });
});
