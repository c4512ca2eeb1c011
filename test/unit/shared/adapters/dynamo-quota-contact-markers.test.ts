import { BatchGetCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoQuotaContactMarkers } from "../../../../shared/adapters/dynamo-quota-contact-markers.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";

const ddb = mockClient(DynamoDBDocumentClient);
const markers = () => new DynamoQuotaContactMarkers(ddb as unknown as DynamoDBDocumentClient, "followups");
const key = (email: string) => ({ pk: "CONTACT#user%201", sk: email });
const marker = (email: string) => ({ ...key(email), countedIn: "30d-1", interviewIds: new Set(["I1"]) });

beforeEach(() => {
  ddb.reset();
});

describe("DynamoQuotaContactMarkers.get", () => {
  it("reads an interview's addresses in one strongly consistent BatchGetItem, each address once", async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { followups: [marker("rita@acme.test")] } });

    const found = await markers().get("user 1", ["rita@acme.test", "ann@acme.test", "rita@acme.test"]);

    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toEqual([
      {
        RequestItems: {
          followups: { Keys: [key("rita@acme.test"), key("ann@acme.test")], ConsistentRead: true },
        },
      },
    ]);
    expect([...found.values()]).toEqual([
      { email: "rita@acme.test", countedIn: "30d-1", interviewIds: ["I1"] },
    ]);
  });

  it("asks again for the keys DynamoDB left unprocessed, and only those", async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { followups: [marker("rita@acme.test")] },
        UnprocessedKeys: { followups: { Keys: [key("ann@acme.test")], ConsistentRead: true } },
      })
      .resolvesOnce({ Responses: { followups: [marker("ann@acme.test")] } });

    const found = await markers().get("user 1", ["rita@acme.test", "ann@acme.test"]);

    const asked = ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems?.followups?.Keys);
    expect(asked).toEqual([[key("rita@acme.test"), key("ann@acme.test")], [key("ann@acme.test")]]);
    expect([...found.keys()].sort()).toEqual(["ann@acme.test", "rita@acme.test"]);
  });

  it("gives up with a 503-mapped error when keys stay unprocessed, rather than answer without them", async () => {
    ddb.on(BatchGetCommand).resolves({
      Responses: { followups: [] },
      UnprocessedKeys: { followups: { Keys: [key("ann@acme.test")], ConsistentRead: true } },
    });

    await expect(markers().get("user 1", ["ann@acme.test"])).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(4);
  });
});
