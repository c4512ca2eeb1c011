import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { QuotaCounterKey } from "../ports/quota-counter.js";
import type { DocumentClient } from "./document-client.js";
import { toDependencyError } from "./to-dependency-error.js";

/** The table the quota counter's operations work on: each operation is built from it alone. */
export interface QuotaCounterTable {
  client: DocumentClient;
  tableName: string;
}

/**
 * One small item per owner, quota and window on the single table (no index attributes, so owner listings
 * never see it). Windows are in the key, so an old window is simply never read again; `expiresAt` lets
 * DynamoDB's TTL delete it (dynalite never does, which changes nothing but the table's size).
 */
export const quotaCounterKey = (key: QuotaCounterKey) => ({
  pk: `QUOTA#${encodeURIComponent(key.owner)}`,
  sk: `${key.quota}#${key.window}`,
});

/** The counter's item as stored (a consistent read), undefined when there is none; an outage is the 503-mapped error. */
export async function readQuotaCounterItem(
  table: QuotaCounterTable,
  key: QuotaCounterKey,
): Promise<Record<string, unknown> | undefined> {
  try {
    const out = await table.client.send(
      new GetCommand({ TableName: table.tableName, Key: quotaCounterKey(key), ConsistentRead: true }),
    );
    return out?.Item;
  } catch (err) {
    throw toDependencyError("The quota counters", err);
  }
}
