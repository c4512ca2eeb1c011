import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_TABLE } from "../../../local/local-names.js";
import { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";
import { VersionConflictError } from "../../../shared/errors/version-conflict-error.js";
import { interviewInput } from "../../support/interview-input.js";
import { startHarness } from "../support/local-stack-harness.js";

let harness: Awaited<ReturnType<typeof startHarness>>;
let store: DynamoInterviewStore;

beforeAll(async () => {
  harness = await startHarness();
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: "us-east-1",
      endpoint: harness.stack.dynamoUrl,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  store = new DynamoInterviewStore(client, LOCAL_TABLE);
});
afterAll(async () => {
  await harness?.close();
});

describe("a put whose first attempt landed, retried (its answer lost)", () => {
  it("is recognised as our own write on a real store, for a full planned interview, and another writer's is not", async () => {
    const token = await harness.token("landed-writer");
    const created = await harness.api("POST", "/interviews", { token, body: interviewInput() });
    expect(created.status).toBe(201);
    const stored = await store.get(created.json.id);
    if (!stored) throw new Error("the created interview is not in the table");
    expect(stored.steps.length).toBeGreaterThan(2);

    // The item the table holds, written again: what the SDK's retry of a landed put does.
    await expect(store.create(stored)).resolves.toBeUndefined();
    await expect(store.replace(stored, stored.version - 1)).resolves.toBeUndefined();
    // Another writer's item of the same version is a conflict.
    const other = { ...stored, updatedAt: new Date(Date.parse(stored.updatedAt) + 1).toISOString() };
    await expect(store.replace(other, stored.version - 1)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.create(other)).rejects.toBeInstanceOf(VersionConflictError);
  });
});
