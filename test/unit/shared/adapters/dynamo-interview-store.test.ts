import { ConditionalCheckFailedException, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoInterviewStore } from "../../../../shared/adapters/dynamo-interview-store.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import {
  AppError,
  DependencyUnavailableError,
  ValidationError,
} from "../../../../shared/errors/app-error.js";
import { ItemTooLargeError } from "../../../../shared/errors/item-too-large-error.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { httpStatusOf } from "../../../../shared/http/error-http-table.js";
import {
  STORED_INTERVIEW_ID,
  STORED_INTERVIEW_OWNER,
  storedInterview,
  storedStep,
} from "../../../support/stored-interview.js";

const TABLE = "followups-test";
const ID = STORED_INTERVIEW_ID;
const OWNER = STORED_INTERVIEW_OWNER;

const ddb = mockClient(DynamoDBDocumentClient);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "us-east-1" }));
const store = new DynamoInterviewStore(client, TABLE);

function step(n: number, overrides: Partial<Step> = {}): Step {
  return storedStep(n, {
    contact: { name: "Ann Lee", email: "ann@acme.test", role: "interviewer" },
    ...overrides,
  });
}

function interview(overrides: Partial<Interview> = {}): Interview {
  return storedInterview({ steps: [step(1), step(2, { kind: "handwritten_note" })], ...overrides });
}

const conditionFailed = () =>
  new ConditionalCheckFailedException({
    message: "The conditional request failed",
    $metadata: { httpStatusCode: 400 },
  });
const timeout = () => Object.assign(new Error("socket timed out"), { name: "TimeoutError", $metadata: {} });

beforeEach(() => {
  ddb.reset();
});

describe("DynamoInterviewStore: writes", () => {
  it("creates one item with the table key, both index keys and the steps as a map, only if new", async () => {
    await store.create(interview());

    const input = ddb.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input?.TableName).toBe(TABLE);
    expect(input?.ConditionExpression).toBe("attribute_not_exists(pk)");
    expect(input?.Item).toMatchObject({
      pk: `INTERVIEW#${ID}`,
      sk: "INTERVIEW",
      gsi1pk: "OWNER#auth0%7Ccara",
      gsi1sk: `2026-11-23T20:00:00.000Z#${ID}`,
      gsi2pk: "APP#auth0%7Ccara#acme-corp--staff-engineer",
      gsi2sk: `2026-11-23T15:00:00.000Z#${ID}`,
      version: 1,
      owner: OWNER,
    });
    expect(input?.Item?.steps).toEqual({ s1: step(1), s2: step(2, { kind: "handwritten_note" }) });
  });

  it("puts an interview with an unscheduled step in the sparse index, keyed by its earliest one", async () => {
    await store.create(
      interview({
        steps: [
          step(1, { status: "unscheduled", sendAt: "2026-12-01T09:30:00-05:00" }),
          step(2, { status: "unscheduled", sendAt: "2026-11-24T09:30:00+00:00" }),
          step(3, { status: "scheduled", sendAt: "2026-11-20T09:30:00-05:00" }),
        ],
      }),
    );

    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input.Item).toMatchObject({
      gsi3pk: "UNSCHEDULED",
      gsi3sk: `2026-11-24T09:30:00.000Z#${ID}`,
    });
  });

  it("puts an interview with a step in flight in the sparse index, keyed by the claim if that is earliest", async () => {
    await store.replace(
      interview({
        version: 2,
        steps: [
          step(1, { status: "unscheduled", sendAt: "2026-12-01T09:30:00-05:00" }),
          step(2, { status: "sending", claimedAt: "2026-11-24T14:31:00.000Z" }),
          step(3, { status: "sent", sendAt: "2026-11-20T09:30:00-05:00" }),
        ],
      }),
      1,
    );

    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input.Item).toMatchObject({
      gsi3pk: "UNSCHEDULED",
      gsi3sk: `2026-11-24T14:31:00.000Z#${ID}`,
    });
  });

  it("leaves a fully scheduled interview out of the sparse index", async () => {
    await store.replace(interview({ version: 2 }), 1);

    const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item;
    expect(item).not.toHaveProperty("gsi3pk");
    expect(item).not.toHaveProperty("gsi3sk");
  });

  it("keeps owners apart even when one owner's id contains the key separator", async () => {
    await store.create(interview({ owner: "a#APP#b" }));

    const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item;
    expect(item?.gsi1pk).toBe("OWNER#a%23APP%23b");
    expect(item?.gsi2pk).toBe("APP#a%23APP%23b#acme-corp--staff-engineer");
  });

  it("answers VersionConflictError when the id already exists", async () => {
    ddb.on(PutCommand).rejects(conditionFailed());
    await expect(store.create(interview())).rejects.toBeInstanceOf(VersionConflictError);
  });

  it("replaces only the expected version", async () => {
    await store.replace(interview({ version: 4, status: "stopped" }), 3);

    const input = ddb.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe("#v = :expected");
    expect(input?.ExpressionAttributeNames).toEqual({ "#v": "version" });
    expect(input?.ExpressionAttributeValues).toEqual({ ":expected": 3 });
    expect(input?.Item).toMatchObject({ version: 4, status: "stopped", pk: `INTERVIEW#${ID}` });
  });

  it("answers VersionConflictError when the stored version moved on", async () => {
    ddb.on(PutCommand).rejects(conditionFailed());
    await expect(store.replace(interview({ version: 4 }), 3)).rejects.toBeInstanceOf(VersionConflictError);
  });

  it("takes a failed condition for its own write when the table holds exactly the item it put (an SDK retry of a put that had landed)", async () => {
    // The first attempt landed, its answer was lost, and the SDK's retry found the item already there.
    ddb.on(PutCommand).callsFake(async (input: { Item: Record<string, unknown> }) => {
      ddb.on(GetCommand).resolves({ Item: structuredClone(input.Item) });
      throw conditionFailed();
    });
    await expect(store.create(interview())).resolves.toBeUndefined();
    await expect(store.replace(interview({ version: 4, status: "stopped" }), 3)).resolves.toBeUndefined();
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({ ConsistentRead: true });
  });

  it("still answers VersionConflictError when the item there is another writer's, even of the same version", async () => {
    ddb.on(PutCommand).callsFake(async (input: { Item: Record<string, unknown> }) => {
      ddb.on(GetCommand).resolves({ Item: { ...input.Item, updatedAt: "2026-11-24T15:00:00.001Z" } });
      throw conditionFailed();
    });
    await expect(store.replace(interview({ version: 4 }), 3)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.create(interview())).rejects.toBeInstanceOf(VersionConflictError);
  });

  it("answers VersionConflictError when another writer put the very same change (only the write id differs)", async () => {
    // Two messages bumping a counter from the same version compute the same item: the loser must not take
    // the winner's item for its own landed write, or one bump counts twice.
    let stored: Record<string, unknown> | undefined;
    ddb.on(PutCommand).callsFake(async (input: { Item: Record<string, unknown> }) => {
      if (stored) throw conditionFailed();
      stored = structuredClone(input.Item);
      return {};
    });
    ddb.on(GetCommand).callsFake(async () => ({ Item: structuredClone(stored) }));
    const same = interview({ version: 4 });
    await expect(store.replace(same, 3)).resolves.toBeUndefined();
    await expect(store.replace(structuredClone(same), 3)).rejects.toBeInstanceOf(VersionConflictError);
    stored = undefined;
    await expect(store.create(interview())).resolves.toBeUndefined();
    await expect(store.create(interview())).rejects.toBeInstanceOf(VersionConflictError);
  });

  it("puts a new write id with every put, and never hands it back in an interview", async () => {
    await store.replace(interview({ version: 4 }), 3);
    await store.replace(interview({ version: 4 }), 3);
    const ids = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item?.writeId);
    expect(ids).toHaveLength(2);
    expect(typeof ids[0]).toBe("string");
    expect(ids[0]).not.toBe(ids[1]);
    ddb.on(GetCommand).resolves({ Item: ddb.commandCalls(PutCommand)[0]?.args[0].input.Item });
    expect(await store.get(ID)).not.toHaveProperty("writeId");
  });

  it("recognises a conditional failure by name too (another copy of the SDK)", async () => {
    ddb.on(DeleteCommand).rejects(
      Object.assign(new Error("The conditional request failed"), {
        name: "ConditionalCheckFailedException",
        $metadata: { httpStatusCode: 400 },
      }),
    );
    await expect(store.remove(ID, 3)).rejects.toBeInstanceOf(VersionConflictError);
  });

  it("removes only the expected version", async () => {
    await store.remove(ID, 7);

    expect(ddb.commandCalls(DeleteCommand)[0]?.args[0].input).toEqual({
      TableName: TABLE,
      Key: { pk: `INTERVIEW#${ID}`, sk: "INTERVIEW" },
      ConditionExpression: "#v = :expected",
      ExpressionAttributeNames: { "#v": "version" },
      ExpressionAttributeValues: { ":expected": 7 },
    });
  });

  it.each([
    ["a timeout", timeout()],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    [
      "throttling",
      Object.assign(new Error("Rate exceeded"), {
        name: "ProvisionedThroughputExceededException",
        $metadata: { httpStatusCode: 400 },
      }),
    ],
    [
      "a 500",
      Object.assign(new Error("Internal"), {
        name: "InternalServerError",
        $metadata: { httpStatusCode: 500 },
      }),
    ],
  ])("turns %s into a 503 DependencyUnavailableError", async (_, err) => {
    ddb.on(PutCommand).rejects(err);
    ddb.on(GetCommand).rejects(err);

    const write = await store.create(interview()).catch((e: unknown) => e);
    const read = await store.get(ID).catch((e: unknown) => e);

    expect(write).toBeInstanceOf(DependencyUnavailableError);
    expect(read).toBeInstanceOf(DependencyUnavailableError);
    expect(httpStatusOf((write as DependencyUnavailableError).code)).toBe(503);
    expect((write as DependencyUnavailableError).cause).toBe(err);
  });

  it("lets a client-side error through unchanged", async () => {
    const err = Object.assign(
      new Error("One or more parameter values were invalid: Missing the key pk in the item"),
      { name: "ValidationException", $metadata: { httpStatusCode: 400 } },
    );
    ddb.on(PutCommand).rejects(err);

    await expect(store.create(interview())).rejects.toBe(err);
  });

  it.each([
    // DynamoDB and dynalite word a put past 400 KB alike; an update says "to update".
    ["a put", "Item size has exceeded the maximum allowed size"],
    ["an update", "Item size to update has exceeded the maximum allowed size"],
  ])(
    "answers a 413 interview_too_large, not a 500, when the item outgrows the size limit (%s)",
    async (_, message) => {
      const err = Object.assign(new Error(message), {
        name: "ValidationException",
        $metadata: { httpStatusCode: 400 },
      });
      ddb.on(PutCommand).rejects(err);

      const created = await store.create(interview()).catch((e: unknown) => e);
      const replaced = await store.replace(interview({ version: 2 }), 1).catch((e: unknown) => e);

      for (const e of [created, replaced]) {
        expect(e).toBeInstanceOf(ItemTooLargeError);
        expect(e).toBeInstanceOf(AppError);
        expect(e).toMatchObject({ code: "interview_too_large", expose: true, cause: err });
        expect(httpStatusOf((e as AppError).code)).toBe(413);
        expect((e as Error).message).toMatch(/too large to store/);
      }
    },
  );
});

describe("DynamoInterviewStore: reads", () => {
  it("gets by key with a consistent read and gives back the interview with ordered steps and no keys", async () => {
    const stored = interview({ steps: [step(1), step(2), step(10)] });
    ddb.on(GetCommand).resolves({
      Item: {
        ...stored,
        pk: `INTERVIEW#${ID}`,
        sk: "INTERVIEW",
        gsi1pk: "OWNER#x",
        gsi1sk: "y",
        gsi2pk: "APP#x",
        gsi2sk: "z",
        steps: { s10: step(10), s2: step(2), s1: step(1) },
      },
    });

    const got = await store.get(ID);

    expect(got).toEqual(stored);
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: TABLE,
      Key: { pk: `INTERVIEW#${ID}`, sk: "INTERVIEW" },
      ConsistentRead: true,
    });
  });

  it("answers undefined for a missing item", async () => {
    ddb.on(GetCommand).resolves({});
    expect(await store.get(ID)).toBeUndefined();
  });

  it("lists an owner's interviews newest first on the owner index", async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });

    await store.listByOwner(OWNER, { limit: 10, status: "active" });

    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      TableName: TABLE,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :owner",
      ExpressionAttributeValues: { ":owner": "OWNER#auth0%7Ccara", ":status": "active" },
      ExpressionAttributeNames: { "#status": "status" },
      FilterExpression: "#status = :status",
      ScanIndexForward: false,
      Limit: 10,
    });
  });

  it("round-trips the cursor: the page's last key comes back as the next query's start key", async () => {
    const lastKey = {
      pk: `INTERVIEW#${ID}`,
      sk: "INTERVIEW",
      gsi1pk: "OWNER#auth0%7Ccara",
      gsi1sk: `2026-11-23T20:00:00.000Z#${ID}`,
    };
    ddb.on(QueryCommand).resolvesOnce({ Items: [], LastEvaluatedKey: lastKey }).resolves({ Items: [] });

    const first = await store.listByOwner(OWNER, { limit: 1 });
    const second = await store.listByOwner(OWNER, { limit: 1, cursor: first.cursor ?? "" });

    expect(first.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(ddb.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual(lastKey);
    expect(second.cursor).toBeUndefined();
  });

  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const ownKey = {
    pk: `INTERVIEW#${ID}`,
    sk: "INTERVIEW",
    gsi1pk: "OWNER#auth0%7Ccara",
    gsi1sk: `2026-11-23T20:00:00.000Z#${ID}`,
  };

  it.each([
    ["another owner's cursor", encode({ ...ownKey, gsi1pk: "OWNER#someone-else" })],
    ["a cursor with an extra key", encode({ ...ownKey, gsi2pk: "APP#x" })],
    ["a cursor with a missing key", encode({ pk: ownKey.pk, sk: ownKey.sk, gsi1pk: ownKey.gsi1pk })],
    ["a cursor with a non-string key", encode({ ...ownKey, gsi1sk: { S: "x" } })],
    ["a cursor that is an array", encode([ownKey])],
    ["a cursor that is not JSON", Buffer.from("not json").toString("base64url")],
    ["garbage", "%%%"],
  ])("answers ValidationError on the cursor field for %s, without querying", async (_, cursor) => {
    const err = await store.listByOwner(OWNER, { limit: 1, cursor }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues.map((i) => i.field)).toEqual(["cursor"]);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });

  it("lists every round of an application, following the pages", async () => {
    const a = interview({ id: "01KQ8Z3M4N5P6R7S8T9V0W1X2A" });
    const b = interview({ id: "01KQ8Z3M4N5P6R7S8T9V0W1X2B" });
    const asItem = (i: Interview) => ({ ...i, pk: `INTERVIEW#${i.id}`, steps: {} });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [asItem(a)], LastEvaluatedKey: { pk: `INTERVIEW#${a.id}` } })
      .resolves({ Items: [asItem(b)] });

    const rounds = await store.listByApplication(OWNER, "acme-corp--staff-engineer");

    expect(rounds.map((r) => r.id)).toEqual([a.id, b.id]);
    const inputs = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
    expect(inputs[0]).toMatchObject({
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :app",
      ExpressionAttributeValues: { ":app": "APP#auth0%7Ccara#acme-corp--staff-engineer" },
    });
    expect(inputs[1]?.ExclusiveStartKey).toEqual({ pk: `INTERVIEW#${a.id}` });
  });

  it("lists interviews needing attention, oldest first, from the sparse index, without its keys", async () => {
    ddb.on(QueryCommand).resolves({
      Items: [{ ...interview(), pk: `INTERVIEW#${ID}`, gsi3pk: "UNSCHEDULED", gsi3sk: "x", steps: {} }],
    });

    const found = await store.listNeedingAttention(25);

    expect(found.items.map((i) => i.id)).toEqual([ID]);
    expect(found.items[0]).not.toHaveProperty("gsi3pk");
    expect(found.cursor).toBeUndefined();
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :k",
      ExpressionAttributeValues: { ":k": "UNSCHEDULED" },
      Limit: 25,
    });
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input.ScanIndexForward).not.toBe(false);
  });

  it("pages the attention index: the next query starts after the key the last one stopped at", async () => {
    const lastKey = { pk: `INTERVIEW#${ID}`, sk: "INTERVIEW", gsi3pk: "UNSCHEDULED", gsi3sk: "t#id" };
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [{ ...interview(), pk: `INTERVIEW#${ID}`, steps: {} }],
        LastEvaluatedKey: lastKey,
      })
      .resolvesOnce({ Items: [] });

    const first = await store.listNeedingAttention(1);
    const second = await store.listNeedingAttention(1, first.cursor);

    expect(first.cursor).toEqual(expect.any(String));
    expect(second).toEqual({ items: [] });
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input.ExclusiveStartKey).toBeUndefined();
    expect(ddb.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual(lastKey);
  });

  it("turns an outage during a query into a 503", async () => {
    ddb.on(QueryCommand).rejects(timeout());
    await expect(store.listByApplication(OWNER, "k")).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
