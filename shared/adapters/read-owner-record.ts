import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { DocumentClient } from "./document-client.js";
import { ownerQuotaKey } from "./owner-quota-key.js";
import { toDependencyError } from "./to-dependency-error.js";

/**
 * The owner's record as it is now (a consistent GetItem), or undefined before its first write; an SDK
 * failure becomes the 503-mapped error naming `dependency`. The quota ledger's careful path reads it, and
 * the email gate when a refused write did not hand the item back.
 */
export async function readOwnerRecord(
  client: DocumentClient,
  tableName: string,
  owner: string,
  dependency: string,
): Promise<Record<string, unknown> | undefined> {
  try {
    const out = await client.send(
      new GetCommand({ TableName: tableName, Key: ownerQuotaKey(owner), ConsistentRead: true }),
    );
    return out?.Item;
  } catch (err) {
    throw toDependencyError(dependency, err);
  }
}
