import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";

let dir: string;
let store: LocalDynamo | undefined;

const open = async () => {
  const s = await startLocalDynamo({ path: join(dir, "dynamodb"), port: 0 });
  const client = new DynamoDBClient({
    region: "us-east-1",
    endpoint: s.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  return { s, client };
};

const signedHeaders = {
  "content-type": "application/x-amz-json-1.0",
  "x-amz-target": "DynamoDB_20120810.PutItem",
  "x-amz-date": "20261201T000000Z",
  authorization:
    "AWS4-HMAC-SHA256 Credential=local/20261201/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x",
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "local-dynamo-front-"));
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the local DynamoDB front", () => {
  it("serves the SDK as dynalite does, and keeps the data in its directory across a restart", async () => {
    const first = await open();
    await createLocalTable(first.client, "front");
    const item = { pk: { S: "A#1" }, sk: { S: "ITEM" }, gsi1pk: { S: "OWNER#x" }, gsi1sk: { S: "1" } };
    await first.client.send(new PutItemCommand({ TableName: "front", Item: item }));
    first.client.destroy();
    await first.s.close();

    const second = await open();
    store = second.s;
    await createLocalTable(second.client, "front"); // already there: a no-op
    const got = await second.client.send(
      new GetItemCommand({ TableName: "front", Key: { pk: item.pk, sk: item.sk }, ConsistentRead: true }),
    );
    expect(got.Item).toEqual(item);
    const listed = await second.client.send(
      new QueryCommand({
        TableName: "front",
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :o",
        ExpressionAttributeValues: { ":o": { S: "OWNER#x" } },
      }),
    );
    expect(listed.Items).toEqual([item]);
    second.client.destroy();
  });

  it("answers hostile requests as dynalite does, and stays usable after them", async () => {
    if (!store) throw new Error("the first test opens the store");
    const health = await fetch(store.url);
    expect(health.status).toBe(200);

    const notJson = await fetch(store.url, { method: "POST", headers: signedHeaders, body: "{not json" });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ __type: "com.amazon.coral.service#SerializationException" });

    const noTable = await fetch(store.url, {
      method: "POST",
      headers: signedHeaders,
      body: JSON.stringify({ TableName: "front", Item: { pk: { N: "1" } } }),
    });
    expect(noTable.status).toBe(400);
    expect(((await noTable.json()) as { __type: string }).__type).toMatch(/ValidationException$/);

    const huge = await fetch(store.url, {
      method: "POST",
      headers: signedHeaders,
      body: Buffer.alloc(16 * 1024 * 1024 + 1, 0x20),
    });
    expect(huge.status).toBe(413);

    const client = new DynamoDBClient({
      region: "us-east-1",
      endpoint: store.url,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const got = await client.send(
      new GetItemCommand({
        TableName: "front",
        Key: { pk: { S: "A#1" }, sk: { S: "ITEM" } },
        ConsistentRead: true,
      }),
    );
    expect(got.Item?.pk?.S).toBe("A#1");
    client.destroy();
  });
});
