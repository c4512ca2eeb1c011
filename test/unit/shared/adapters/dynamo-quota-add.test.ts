import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { countedName } from "../../../../shared/adapters/counted-name.js";
import { dynamoQuotaAdd } from "../../../../shared/adapters/dynamo-quota-add.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import type { QuotaCounterKey } from "../../../../shared/ports/quota-counter.js";

const ddb = mockClient(DynamoDBDocumentClient);
const counter = () => ({
  add: dynamoQuotaAdd({ client: ddb as unknown as DynamoDBDocumentClient, tableName: "followups" }),
});
const KEY: QuotaCounterKey = { owner: "user 1", quota: "emails_per_day", window: "2026-12-01" };
const EXPIRES = new Date("2026-12-03T00:00:00.000Z");
const STEP = "01JD0000000000000000000000/s3";

const refused = () =>
  new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });

beforeEach(() => {
  ddb.reset();
});

describe("dynamoQuotaAdd with a name counted once", () => {
  it("adds the count and the name in one write whose condition refuses a name already counted", async () => {
    ddb.on(UpdateCommand).resolves({});

    expect(await counter().add(KEY, 1, 50, EXPIRES, STEP)).toBe(true);

    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input).toEqual({
      TableName: "followups",
      Key: { pk: "QUOTA#user%201", sk: "emails_per_day#2026-12-01" },
      UpdateExpression: "ADD #c :by, #n :names SET expiresAt = :exp",
      ConditionExpression: "(attribute_not_exists(#c) OR #c <= :max) AND NOT contains(#n, :name)",
      ExpressionAttributeNames: { "#c": "count", "#n": "counted" },
      ExpressionAttributeValues: {
        ":by": 1,
        ":max": 49,
        ":exp": EXPIRES.getTime() / 1000,
        ":names": new Set([countedName(STEP)]),
        ":name": countedName(STEP),
      },
    });
    // A string set of short names: the item stays small however long the names counted are.
    expect(countedName(STEP)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(countedName(`${STEP}x`)).not.toBe(countedName(STEP));
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("answers true without counting again when the refusal is for a name already counted (a retried add)", async () => {
    ddb.on(UpdateCommand).rejects(refused());
    ddb
      .on(GetCommand)
      .resolves({ Item: { count: 50, counted: new Set(["other-name-0000", countedName(STEP)]) } });

    expect(await counter().add(KEY, 1, 50, EXPIRES, STEP)).toBe(true);

    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: "followups",
      Key: { pk: "QUOTA#user%201", sk: "emails_per_day#2026-12-01" },
      ConsistentRead: true,
    });
  });

  it("answers false when the refusal is the limit: the name is not among those counted", async () => {
    ddb.on(UpdateCommand).rejects(refused());
    ddb.on(GetCommand).resolves({ Item: { count: 50, counted: new Set(["other-name-0000"]) } });

    expect(await counter().add(KEY, 1, 50, EXPIRES, STEP)).toBe(false);
  });

  it("answers false when the counter item has no names at all", async () => {
    ddb.on(UpdateCommand).rejects(refused());
    ddb.on(GetCommand).resolves({ Item: { count: 3 } });

    expect(await counter().add(KEY, 1, 3, EXPIRES, STEP)).toBe(false);
  });

  it("answers 503-mapped errors when the read after a refusal fails", async () => {
    ddb.on(UpdateCommand).rejects(refused());
    ddb
      .on(GetCommand)
      .rejects(Object.assign(new Error("timed out"), { name: "TimeoutError", $metadata: {} }));

    await expect(counter().add(KEY, 1, 50, EXPIRES, STEP)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});

describe("dynamoQuotaAdd without a name", () => {
  it("keeps the plain conditional ADD and reads nothing on a refusal", async () => {
    ddb.on(UpdateCommand).rejects(refused());

    expect(await counter().add(KEY, 2, 5, EXPIRES)).toBe(false);

    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.UpdateExpression).toBe("ADD #c :by SET expiresAt = :exp");
    expect(input?.ConditionExpression).toBe("(attribute_not_exists(#c) OR #c <= :max)");
    expect(input?.ExpressionAttributeNames).toEqual({ "#c": "count" });
    expect(input?.ExpressionAttributeValues).toEqual({
      ":by": 2,
      ":max": 3,
      ":exp": EXPIRES.getTime() / 1000,
    });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });
});
