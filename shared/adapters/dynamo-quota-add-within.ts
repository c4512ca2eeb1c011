import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { QuotaAddWithin, QuotaCounterKey } from "../ports/quota-counter.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { type QuotaCounterTable, quotaCounterKey } from "./quota-counter-table.js";
import { toDependencyError } from "./to-dependency-error.js";

/**
 * The conditional `ADD` of `by` while the count stays within `limit`: the check and the count are one write,
 * race-free and cheap. With `name` (a `countedName`), the same write adds it to the item's string set
 * `counted`, and its condition refuses a name already there. True when written, false when the write was
 * refused, undefined when `by` alone is over the limit (nothing was sent).
 */
export async function addWithinLimit(
  table: QuotaCounterTable,
  key: QuotaCounterKey,
  by: number,
  limit: number,
  expiresAt: Date,
  name?: string,
): Promise<boolean | undefined> {
  if (!Number.isInteger(by) || by < 1)
    throw new Error(`a quota counter grows by a whole number >= 1, not ${by}`);
  if (by > limit) return undefined;
  // `count` is a reserved word. With `by` = 1 this is `attribute_not_exists(count) OR count < :limit`.
  const withinLimit = "(attribute_not_exists(#c) OR #c <= :max)";
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: quotaCounterKey(key),
        UpdateExpression: `ADD #c :by${name ? ", #n :names" : ""} SET expiresAt = :exp`,
        ConditionExpression: name ? `${withinLimit} AND NOT contains(#n, :name)` : withinLimit,
        ExpressionAttributeNames: { "#c": "count", ...(name ? { "#n": "counted" } : {}) },
        ExpressionAttributeValues: {
          ":by": by,
          ":max": limit - by,
          ":exp": Math.ceil(expiresAt.getTime() / 1000),
          ...(name ? { ":names": new Set([name]), ":name": name } : {}),
        },
      }),
    );
    return true;
  } catch (err) {
    // Refused: over the limit, or (with a name) already counted.
    if (!isConditionFailure(err)) throw toDependencyError("The quota counters", err);
    return false;
  }
}

/**
 * `QuotaCounter.add` without `countOnce`, all that the routes that count call (`reserveUsage`): the plain
 * conditional write, and nothing read on a refusal. An update's bundle carries no name hashing or read.
 */
export const dynamoQuotaAddWithin =
  (table: QuotaCounterTable): QuotaAddWithin =>
  async (key, by, limit, expiresAt) =>
    (await addWithinLimit(table, key, by, limit, expiresAt)) ?? false;
