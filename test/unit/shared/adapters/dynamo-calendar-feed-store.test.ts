import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoCalendarFeedStore } from "../../../../shared/adapters/dynamo-calendar-feed-store.js";
import { ConflictError, DependencyUnavailableError } from "../../../../shared/errors/app-error.js";

const ddb = mockClient(DynamoDBDocumentClient);
const store = () => new DynamoCalendarFeedStore(ddb as unknown as DynamoDBDocumentClient, "followups");
const AT = "2026-11-24T10:00:00.000Z";
const conditionFailed = () => new ConditionalCheckFailedException({ message: "no", $metadata: {} });
const outage = () => Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });

beforeEach(() => {
  ddb.reset();
});

describe("DynamoCalendarFeedStore", () => {
  it("issues a new generation in one conditional update on the owner's own item", async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { generation: 4, active: true } });
    expect(await store().issue("user 1", AT)).toBe(4);
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.Key).toEqual({ pk: "CALENDAR#user%201", sk: "CALENDAR_FEED" });
    expect(input?.ConditionExpression).toBe("attribute_not_exists(pk) OR active = :false");
    expect(input?.UpdateExpression).toContain("ADD generation :one");
  });

  it("hands back the live generation when one is live already", async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({ Item: { generation: 2, active: true } });
    expect(await store().issue("u", AT)).toBe(2);
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input.ConsistentRead).toBe(true);
  });

  it("tries again when a revoke slipped in between its write and its read", async () => {
    ddb
      .on(UpdateCommand)
      .rejectsOnce(conditionFailed())
      .resolves({ Attributes: { generation: 3 } });
    ddb.on(GetCommand).resolves({ Item: { generation: 2, active: false } });
    expect(await store().issue("u", AT)).toBe(3);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(2);
  });

  it("answers a 409 conflict, never a plain error, when revokes keep slipping in (the fuzzer's one 500)", async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({ Item: { generation: 2, active: false } });
    const err = await store()
      .issue("u", AT)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).code).toBe("version_conflict");
    expect(ddb.commandCalls(UpdateCommand).length).toBeGreaterThan(3);
  });

  it("reads the item back when a landed issue's answer carries no generation", async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: {} });
    ddb.on(GetCommand).resolves({ Item: { generation: 6, active: true } });
    expect(await store().issue("u", AT)).toBe(6);
  });

  it("reads a revoked or missing feed as no live generation", async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: { generation: 2, active: false } })
      .resolves({});
    expect(await store().liveGeneration("u")).toBeUndefined();
    expect(await store().liveGeneration("u")).toBeUndefined();
  });

  it("revokes only a live feed", async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejects(conditionFailed());
    expect(await store().revoke("u", AT)).toBe(true);
    expect(await store().revoke("u", AT)).toBe(false);
    expect(ddb.commandCalls(UpdateCommand)[0]?.args[0].input.ConditionExpression).toBe("active = :true");
  });

  it("turns an unreachable table into a 503 that changed nothing", async () => {
    ddb.on(UpdateCommand).rejects(outage());
    ddb.on(GetCommand).rejects(outage());
    await expect(store().issue("u", AT)).rejects.toBeInstanceOf(DependencyUnavailableError);
    await expect(store().revoke("u", AT)).rejects.toBeInstanceOf(DependencyUnavailableError);
    await expect(store().liveGeneration("u")).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
