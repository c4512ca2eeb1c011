import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { DocumentClient } from "./document-client.js";
import { ownerQuotaKey } from "./owner-quota-key.js";
import { ANY_VERSION, suppressionMarkName } from "./owner-record-attributes.js";

/**
 * The suppression mark on the owner's record (`s#<address>` = the first reason, kept; `version` bumped, see
 * OWNER_RECORD_ATTRIBUTES): what the sender's gate reads. Idempotent. Written by every
 * suppression and by the one-time copy of older suppressions; throws the SDK's error as it is.
 */
export async function markSuppression(
  client: DocumentClient,
  tableName: string,
  owner: string,
  email: string,
  reason: string,
): Promise<void> {
  await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: ownerQuotaKey(owner),
      UpdateExpression: "SET #s = if_not_exists(#s, :reason) ADD #v :one",
      ExpressionAttributeNames: {
        "#s": suppressionMarkName(email),
        "#v": ANY_VERSION,
      },
      ExpressionAttributeValues: { ":reason": reason, ":one": 1 },
    }),
  );
}
