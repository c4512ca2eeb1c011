import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalTable } from "../../../local/create-local-table.js";
import { type LocalDynamo, startLocalDynamo } from "../../../local/dynamo/start-local-dynamo.js";

const TABLE = "expression-cache-test";
let dynamo: LocalDynamo;
let raw: DynamoDBClient;
let client: DynamoDBDocumentClient;

beforeAll(async () => {
  dynamo = await startLocalDynamo({ path: undefined, port: 0 });
  raw = new DynamoDBClient({
    region: "us-east-1",
    endpoint: dynamo.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createLocalTable(raw, TABLE);
  client = DynamoDBDocumentClient.from(raw);
});
afterAll(async () => {
  raw?.destroy();
  await dynamo?.close();
});

const key = (id: string) => ({ pk: `CACHE#${id}`, sk: "A" });
const update = (id: string, values: Record<string, unknown>, condition = "attribute_not_exists(#d)") =>
  client.send(
    new UpdateCommand({
      TableName: TABLE,
      Key: key(id),
      UpdateExpression: "SET #n = :name, #l = list_append(if_not_exists(#l, :empty), :items) ADD #c :one",
      ConditionExpression: condition,
      ExpressionAttributeNames: { "#n": "name", "#l": "items", "#c": "count", "#d": "done" },
      ExpressionAttributeValues: values,
    }),
  );
const read = async (id: string) =>
  (await client.send(new GetCommand({ TableName: TABLE, Key: key(id) }))).Item;

// dynalite's parses of a repeated expression are served from a template (cache-expression-parses.ts): the
// same expression must still write each request's own values and refuse what a fresh parse refuses.
describe("the local store's repeated expressions", () => {
  it("write each request's own values", async () => {
    for (const [id, name] of [
      ["a", "first"],
      ["b", "second"],
      ["c", "third"],
    ] as const) {
      await update(id, { ":name": name, ":empty": [], ":items": [name, { of: id }], ":one": 1 });
    }
    expect(await read("a")).toMatchObject({ name: "first", items: ["first", { of: "a" }], count: 1 });
    expect(await read("c")).toMatchObject({ name: "third", items: ["third", { of: "c" }], count: 1 });
  });

  it("refuse an operand of another type, as a fresh parse does", async () => {
    const values = { ":name": "x", ":empty": [], ":items": ["x"], ":one": 1 };
    await update("d", values);
    // ADD of a string to a number: refused at parse time, by the value's type.
    await expect(update("e", { ...values, ":one": "1" })).rejects.toThrow(/operand type/i);
  });

  it("refuse an unused value, as a fresh parse does", async () => {
    const values = { ":name": "y", ":empty": [], ":items": ["y"], ":one": 1 };
    await update("f", values);
    await expect(update("g", { ...values, ":spare": 2 })).rejects.toThrow(/unused/i);
  });

  it("evaluate the condition against each request's own values", async () => {
    await client.send(
      new PutCommand({ TableName: TABLE, Item: { ...key("h"), name: "h", stamp: "2026-12-01" } }),
    );
    const values = { ":name": "h2", ":empty": [], ":items": [], ":one": 1 };
    const condition = "begins_with(#n, :p)";
    const withPrefix = (p: string) =>
      client.send(
        new UpdateCommand({
          TableName: TABLE,
          Key: key("h"),
          UpdateExpression: "SET #n = :name",
          ConditionExpression: condition,
          ExpressionAttributeNames: { "#n": "name" },
          ExpressionAttributeValues: { ":name": values[":name"], ":p": p },
        }),
      );
    await withPrefix("h");
    await expect(withPrefix("zz")).rejects.toThrow(/conditional request failed/i);
    expect((await read("h"))?.name).toBe("h2");
  });

  it("write each request's own attribute names, and refuse two that are the same", async () => {
    const set = (id: string, a: string, b: string) =>
      client.send(
        new UpdateCommand({
          TableName: TABLE,
          Key: key(id),
          UpdateExpression: "SET #a = :x, #b = :y",
          ExpressionAttributeNames: { "#a": a, "#b": b },
          ExpressionAttributeValues: { ":x": 1, ":y": 2 },
        }),
      );
    await set("i", "s#dana@acme.test", "e#2026-12-01");
    await set("j", "s#rita@acme.test", "e#2026-12-02");
    expect(await read("j")).toMatchObject({ "s#rita@acme.test": 1, "e#2026-12-02": 2 });
    expect(Object.keys((await read("j")) ?? {})).not.toContain("s#dana@acme.test");
    await expect(set("k", "same", "same")).rejects.toThrow(/overlap/i);
  });
});
