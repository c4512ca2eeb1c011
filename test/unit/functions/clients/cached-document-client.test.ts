import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand as QueryItemsCommand,
  ScanCommand as ScanItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";
import { CachedDocumentClient } from "../../../../functions/clients/cached-document-client.js";

/** A bare client that needs nothing of the machine (a document client resolves credentials before our capture). */
const bareClient = () =>
  new DynamoDBClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
  });

const item = {
  pk: "i#1",
  sk: "meta",
  n: 3,
  big: 12345678901234,
  flag: true,
  none: null,
  blank: "",
  gone: undefined,
  tags: new Set(["a", "b"]),
  steps: [{ id: "s1", at: "2026-12-04T09:00:00Z", skip: undefined }, "x", 2],
  nested: { deep: { list: [1, { k: "v" }] }, empty: {} },
};
const values = { ":s": "sent", ":n": 1, ":l": ["a"], ":m": { a: 1, b: undefined } };

/** Every kind of command the adapters send, with each field of theirs that holds attribute values. */
const commands = () => [
  new GetCommand({ TableName: "t", Key: { pk: "i#1", sk: "meta" }, ConsistentRead: true }),
  new PutCommand({
    TableName: "t",
    Item: item,
    ConditionExpression: "attribute_not_exists(pk) OR #s = :s",
    ExpressionAttributeNames: { "#s": "status" },
    ExpressionAttributeValues: values,
    ReturnValuesOnConditionCheckFailure: "ALL_OLD",
  }),
  new UpdateCommand({
    TableName: "t",
    Key: { pk: "i#1", sk: "meta" },
    UpdateExpression: "SET #s = :s, n = n + :n, l = :l, m = :m",
    ExpressionAttributeNames: { "#s": "status" },
    ExpressionAttributeValues: values,
    ReturnValues: "ALL_NEW",
  }),
  new DeleteCommand({ TableName: "t", Key: { pk: "i#1", sk: "meta" }, ReturnValues: "ALL_OLD" }),
  new QueryCommand({
    TableName: "t",
    IndexName: "byOwner",
    KeyConditionExpression: "owner = :o",
    ExpressionAttributeValues: { ":o": "user-1" },
    ExclusiveStartKey: { pk: "i#0", sk: "meta", owner: "user-1" },
    Limit: 10,
  }),
  new ScanCommand({ TableName: "t", ExclusiveStartKey: { pk: "i#0", sk: "meta" } }),
];

/**
 * The bare inputs lib-dynamodb's document client sends for the commands: read after its marshalling (a
 * build-step middleware, past serialization), and answered there, so nothing is signed or sent.
 */
async function documentClientInputs() {
  const doc = DynamoDBDocumentClient.from(bareClient(), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const inputs: unknown[] = [];
  doc.middlewareStack.add(
    () => async (args) => {
      inputs.push(args.input);
      return { output: { $metadata: {} }, response: {} };
    },
    { step: "build", name: "captureMarshalledInput" },
  );
  for (const command of commands()) await doc.send(command as GetCommand);
  return inputs;
}

describe("CachedDocumentClient", () => {
  it("sends each command's bare form with the input lib-dynamodb's document client would send", async () => {
    const expected = await documentClientInputs();
    expect(expected).toHaveLength(6);

    const ours = new CachedDocumentClient(bareClient());
    const stub = mockClient(ours.client);
    stub.resolves({});
    for (const command of commands()) await ours.send(command as never);
    const sent = stub.calls().map((call) => call.args[0]);

    expect(sent.map((c) => c.constructor)).toEqual([
      GetItemCommand,
      PutItemCommand,
      UpdateItemCommand,
      DeleteItemCommand,
      QueryItemsCommand,
      ScanItemsCommand,
    ]);
    expect(sent.map((c) => c.input)).toEqual(expected);
    expect(sent[1]?.input).toMatchObject({ Item: { pk: { S: "i#1" }, tags: { SS: ["a", "b"] } } });
    expect(sent[1]?.input).not.toHaveProperty("Item.gone");
  });

  it("answers plain items where lib-dynamodb does, and leaves the rest of the output as it came", async () => {
    const ours = new CachedDocumentClient(bareClient());
    const stub = mockClient(ours.client);
    stub.resolves({});
    const stored = { pk: "i#1", sk: "meta", n: 3, tags: new Set(["a"]), m: { l: [1, "x"] } };
    stub.on(GetItemCommand).resolves({ Item: marshall(stored) });
    stub.on(UpdateItemCommand).resolves({ Attributes: marshall(stored) });
    stub.on(QueryItemsCommand).resolves({
      Items: [marshall(stored), marshall({ pk: "i#2" })],
      Count: 2,
      LastEvaluatedKey: marshall({ pk: "i#2", sk: "meta" }),
    });

    const got = await ours.send(commands()[0] as never);
    expect(got.Item).toEqual(stored);
    expect((await ours.send(commands()[2] as never)).Attributes).toEqual(stored);
    const page = await ours.send(commands()[4] as never);
    expect(page).toMatchObject({
      Items: [stored, { pk: "i#2" }],
      Count: 2,
      LastEvaluatedKey: { pk: "i#2", sk: "meta" },
    });
    expect((await ours.send(commands()[3] as never)).Attributes).toBeUndefined();
  });

  it("passes a failure on as the bare client raised it, the condition's item still marshalled", async () => {
    const ours = new CachedDocumentClient(bareClient());
    const stub = mockClient(ours.client);
    const failure = new ConditionalCheckFailedException({
      message: "The conditional request failed",
      $metadata: {},
      Item: marshall({ pk: "i#1", status: "sent" }),
    });
    stub.on(PutItemCommand).rejects(failure);
    await expect(ours.send(commands()[1] as never)).rejects.toBe(failure);
  });

  it("refuses the legacy condition fields before sending anything, rather than send them unmarshalled", async () => {
    const ours = new CachedDocumentClient(bareClient());
    const stub = mockClient(ours.client);
    stub.resolves({});
    const legacy = new PutCommand({ TableName: "t", Item: { pk: "a" }, Expected: { pk: { Exists: false } } });
    await expect(ours.send(legacy as never)).rejects.toThrow("does not send Expected");
    expect(stub.calls()).toHaveLength(0);
  });
});
