import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";

// dynalite ignores ReturnValuesOnConditionCheckFailure; the front answers it as DynamoDB does, so that a
// refused claim or a lost race costs one call locally too (issue 12), and the SDK hands the item over.

let dir: string;
let store: LocalDynamo;
let client: DynamoDBClient;
const TABLE = "cond";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "local-dynamo-cond-"));
  store = await startLocalDynamo({ path: join(dir, "dynamodb"), port: 0 });
  client = new DynamoDBClient({
    region: "us-east-1",
    endpoint: store.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createLocalTable(client, TABLE);
});
afterAll(async () => {
  client?.destroy();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = { pk: { S: "A#1" }, sk: { S: "ITEM" } };
const item = { ...key, version: { N: "3" }, status: { S: "stopped" } };

async function refusal(update: UpdateItemCommand): Promise<ConditionalCheckFailedException> {
  const err = await client.send(update).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConditionalCheckFailedException);
  return err as ConditionalCheckFailedException;
}

const claim = (returnOld: boolean, k = key) =>
  new UpdateItemCommand({
    TableName: TABLE,
    Key: k,
    UpdateExpression: "SET #v = #v + :one",
    ConditionExpression: "#s = :active",
    ExpressionAttributeNames: { "#v": "version", "#s": "status" },
    ExpressionAttributeValues: { ":one": { N: "1" }, ":active": { S: "active" } },
    ...(returnOld ? { ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const } : {}),
  });

describe("the local front's ReturnValuesOnConditionCheckFailure: ALL_OLD", () => {
  it("hands a failed conditional update the item its condition found, unchanged", async () => {
    await client.send(new PutItemCommand({ TableName: TABLE, Item: item }));

    const err = await refusal(claim(true));

    expect(err.Item).toEqual(item);
  });

  it("carries no item when the request did not ask for it, or when there is none", async () => {
    expect((await refusal(claim(false))).Item).toBeUndefined();
    expect((await refusal(claim(true, { pk: { S: "A#none" }, sk: { S: "ITEM" } }))).Item).toBeUndefined();
  });
});
