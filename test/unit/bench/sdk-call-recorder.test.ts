import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { SdkCallRecorder } from "../../../bench/lambdas/sdk-call-recorder.js";
import { CachedDocumentClient } from "../../../functions/clients/cached-document-client.js";

/** A DynamoDB client that answers every call itself, before any network, with an item. */
function answeringClient(): DynamoDBClient {
  const client = new DynamoDBClient({
    region: "us-east-1",
    credentials: { accessKeyId: "a", secretAccessKey: "b" },
  });
  client.middlewareStack.add(
    () => async () => ({ output: { $metadata: {}, Item: { pk: { S: "a" }, n: { N: "2" } } }, response: {} }),
    { step: "initialize", name: "answer" },
  );
  return client;
}

describe("SdkCallRecorder", () => {
  const recorder = new SdkCallRecorder();
  afterAll(() => recorder.restore());

  it("records a document command sent through CachedDocumentClient once, as lib-dynamodb's, with its plain input", async () => {
    const documents = new CachedDocumentClient(answeringClient());
    const { calls, result } = await recorder.record(() =>
      documents.send(new GetCommand({ TableName: "t", Key: { pk: "a" } }) as never),
    );
    expect(result).toMatchObject({ Item: { pk: "a", n: 2 } });
    expect(calls).toEqual([
      { client: "lib-dynamodb", command: "GetCommand", input: { TableName: "t", Key: { pk: "a" } }, wave: 1 },
    ]);
  });

  it("records a bare command sent on its own", async () => {
    const { GetItemCommand } = await import("@aws-sdk/client-dynamodb");
    const { calls } = await recorder.record(() =>
      answeringClient().send(new GetItemCommand({ TableName: "t", Key: { pk: { S: "a" } } })),
    );
    expect(calls.map((c) => `${c.client} ${c.command}`)).toEqual(["client-dynamodb GetItemCommand"]);
  });
});
