import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { idempotencyItemKey } from "../../../shared/adapters/dynamo-idempotency-store.js";
import type { startHarness } from "./local-stack-harness.js";

/**
 * Puts an Idempotency-Key's record of the local table back to "still running, started just now", as a
 * request whose function is still at work leaves it: a retry then meets 409 idempotency_in_progress.
 */
export async function markKeyInProgress(
  h: Awaited<ReturnType<typeof startHarness>>,
  owner: string,
  key: string,
): Promise<void> {
  const table = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: "us-east-1",
      endpoint: h.stack.dynamoUrl,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  try {
    await table.send(
      new UpdateCommand({
        TableName: "followups",
        Key: idempotencyItemKey(owner, key),
        UpdateExpression: "SET #state = :state, startedAt = :startedAt REMOVE #response",
        ExpressionAttributeNames: { "#state": "state", "#response": "response" },
        ExpressionAttributeValues: {
          ":state": "in_progress",
          ":startedAt": h.stack.clock.now().toISOString(),
        },
      }),
    );
  } finally {
    table.destroy();
  }
}
