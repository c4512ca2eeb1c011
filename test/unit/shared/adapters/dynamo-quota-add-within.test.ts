import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { dynamoQuotaAdd } from "../../../../shared/adapters/dynamo-quota-add.js";
import { dynamoQuotaAddWithin } from "../../../../shared/adapters/dynamo-quota-add-within.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import type { QuotaCounterKey } from "../../../../shared/ports/quota-counter.js";

const ddb = mockClient(DynamoDBDocumentClient);
const table = { client: ddb as unknown as DynamoDBDocumentClient, tableName: "followups" };
const KEY: QuotaCounterKey = {
  owner: "user 1",
  quota: "contact_replacements_per_interview",
  window: "interview-x",
};
const EXPIRES = new Date("2026-12-03T00:00:00.000Z");

const refused = () =>
  new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
const outage = () => Object.assign(new Error("throttled"), { name: "ThrottlingException" });

/** What an add answers and sends, for one answer of DynamoDB to its write. */
async function run(
  add: (by: number, limit: number) => Promise<boolean>,
  by: number,
  limit: number,
  answer: string,
) {
  ddb.reset();
  if (answer === "refused") ddb.on(UpdateCommand).rejects(refused());
  else if (answer === "outage") ddb.on(UpdateCommand).rejects(outage());
  else ddb.on(UpdateCommand).resolves({});
  let result: unknown;
  try {
    result = await add(by, limit);
  } catch (err) {
    result = err instanceof DependencyUnavailableError ? "503" : String(err);
  }
  return {
    result,
    writes: ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input),
    reads: ddb.commandCalls(GetCommand).length,
  };
}

beforeEach(() => {
  ddb.reset();
});

describe("dynamoQuotaAddWithin", () => {
  it.each([
    [1, 3, "written"],
    [2, 5, "refused"],
    [3, 3, "written"],
    [4, 3, "written"],
    [1, 0, "written"],
    [0, 3, "written"],
    [1.5, 3, "written"],
    [1, 3, "outage"],
  ])(
    "answers and writes as dynamoQuotaAdd without a name (by %s, limit %s, %s)",
    async (by, limit, answer) => {
      const within = await run((b, l) => dynamoQuotaAddWithin(table)(KEY, b, l, EXPIRES), by, limit, answer);
      const whole = await run((b, l) => dynamoQuotaAdd(table)(KEY, b, l, EXPIRES), by, limit, answer);

      expect(within).toEqual(whole);
    },
  );

  it("refused, answers false and reads nothing", async () => {
    expect(
      await run((b, l) => dynamoQuotaAddWithin(table)(KEY, b, l, EXPIRES), 2, 5, "refused"),
    ).toMatchObject({
      result: false,
      reads: 0,
    });
  });
});
