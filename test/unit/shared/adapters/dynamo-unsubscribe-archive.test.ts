import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoUnsubscribeArchive } from "../../../../shared/adapters/dynamo-unsubscribe-archive.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";

const ddb = mockClient(DynamoDBDocumentClient);
const archive = () => new DynamoUnsubscribeArchive(ddb as unknown as DynamoDBDocumentClient, "followups");
const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

beforeEach(() => {
  ddb.reset();
});

describe("DynamoUnsubscribeArchive", () => {
  it("keeps one small item per deleted interview, with no index keys, so no listing sees it", async () => {
    ddb.on(PutCommand).resolves({});

    await archive().keep(ID, { owner: "user 1", addresses: { s1: "ann@acme.test", s4: "rita@acme.test" } });

    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: "followups",
      Item: {
        pk: `UNSUB#${ID}`,
        sk: "UNSUB",
        owner: "user 1",
        addresses: { s1: "ann@acme.test", s4: "rita@acme.test" },
      },
    });
  });

  it("reads it back with a consistent GetItem", async () => {
    ddb.on(GetCommand).resolves({
      Item: { pk: `UNSUB#${ID}`, sk: "UNSUB", owner: "user-1", addresses: { s1: "ann@acme.test" } },
    });

    expect(await archive().find(ID)).toEqual({ owner: "user-1", addresses: { s1: "ann@acme.test" } });
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: "followups",
      Key: { pk: `UNSUB#${ID}`, sk: "UNSUB" },
      ConsistentRead: true,
    });
  });

  it("answers undefined for an interview it has nothing for", async () => {
    ddb.on(GetCommand).resolves({});
    expect(await archive().find(ID)).toBeUndefined();
  });

  it("reports an outage as DependencyUnavailableError", async () => {
    ddb.on(PutCommand).rejects(Object.assign(new Error("down"), { name: "ServiceUnavailable" }));
    await expect(archive().keep(ID, { owner: "u", addresses: {} })).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
  });
});
