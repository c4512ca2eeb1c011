import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { dynamoGetInterview } from "../../../../shared/adapters/dynamo-get-interview.js";
import { dynamoListByApplication } from "../../../../shared/adapters/dynamo-list-by-application.js";
import { interviewStoreOf } from "../../../../shared/adapters/interview-store-of.js";
import { toItem } from "../../../../shared/adapters/stored-interview-item.js";
import { STORED_INTERVIEW_ID, storedInterview } from "../../../support/stored-interview.js";

const ddb = mockClient(DynamoDBDocumentClient);
const table = {
  client: DynamoDBDocumentClient.from(new DynamoDBClient({ region: "us-east-1" })),
  tableName: "followups-test",
};

beforeEach(() => {
  ddb.reset();
});

describe("interviewStoreOf", () => {
  it("builds only the operations named, each on the given table", async () => {
    const stored = storedInterview();
    ddb.on(QueryCommand).resolves({ Items: [toItem(stored)] });
    const store = interviewStoreOf(table, { listByApplication: dynamoListByApplication });

    expect(Object.keys(store)).toEqual(["listByApplication"]);
    expect(await store.listByApplication(stored.owner, stored.applicationKey)).toEqual([stored]);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      TableName: "followups-test",
      IndexName: "gsi2",
    });
  });

  it("reads an interview with one consistent GetItem on its key", async () => {
    const stored = storedInterview();
    ddb.on(GetCommand).resolves({ Item: toItem(stored) });
    const store = interviewStoreOf(table, { get: dynamoGetInterview });

    expect(await store.get(STORED_INTERVIEW_ID)).toEqual(stored);
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toEqual([
      {
        TableName: "followups-test",
        Key: { pk: `INTERVIEW#${STORED_INTERVIEW_ID}`, sk: "INTERVIEW" },
        ConsistentRead: true,
      },
    ]);
  });
});
