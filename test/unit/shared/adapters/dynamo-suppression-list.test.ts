import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoSuppressionList } from "../../../../shared/adapters/dynamo-suppression-list.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";

const ddb = mockClient(DynamoDBDocumentClient);
const list = () => new DynamoSuppressionList(ddb as unknown as DynamoDBDocumentClient, "followups");

beforeEach(() => {
  ddb.reset();
});

describe("DynamoSuppressionList", () => {
  it("stores one item per owner and lower-cased address, only if none exists, so the first reason is kept", async () => {
    ddb.on(PutCommand).resolves({});

    expect(await list().suppress("user 1", "Priya@Acme.example", "bounced", "2026-11-24T10:00:00.000Z")).toBe(
      true,
    );

    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: "followups",
      Item: {
        pk: "SUPPRESSION#user%201",
        sk: "priya@acme.example",
        reason: "bounced",
        at: "2026-11-24T10:00:00.000Z",
      },
      ConditionExpression: "attribute_not_exists(pk)",
    });
  });

  it("answers false, without failing, for an address already suppressed", async () => {
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: "exists", $metadata: {} }));
    expect(await list().suppress("u", "a@b.example", "unsubscribed", "2026-11-24T10:00:00.000Z")).toBe(false);
  });

  it("reads with a consistent GetItem and answers the stored reason", async () => {
    ddb.on(GetCommand).resolves({
      Item: {
        pk: "SUPPRESSION#u",
        sk: "a@b.example",
        reason: "complained",
        at: "2026-11-24T10:00:00.000Z",
      },
    });

    expect(await list().isSuppressed("u", "A@B.example")).toEqual({
      email: "a@b.example",
      reason: "complained",
      at: "2026-11-24T10:00:00.000Z",
    });
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: "followups",
      Key: { pk: "SUPPRESSION#u", sk: "a@b.example" },
      ConsistentRead: true,
    });
  });

  it("answers undefined for an address that may be emailed", async () => {
    ddb.on(GetCommand).resolves({});
    expect(await list().isSuppressed("u", "a@b.example")).toBeUndefined();
  });

  it("reports an outage as DependencyUnavailableError", async () => {
    ddb.on(GetCommand).rejects(Object.assign(new Error("down"), { name: "ServiceUnavailable" }));
    await expect(list().isSuppressed("u", "a@b.example")).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
