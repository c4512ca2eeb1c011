import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { QuotaCounter } from "../ports/quota-counter.js";
import { countedName } from "./counted-name.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { type QuotaCounterTable, quotaCounterKey, readQuotaCounterItem } from "./quota-counter-table.js";
import { toDependencyError } from "./to-dependency-error.js";

/**
 * `QuotaCounter.add` on the table, as a conditional `ADD`: the check and the count are one write, race-free
 * and cheap. With `countOnce`, the same write adds the name to the item's string set `counted`, and its
 * condition refuses a name already there, so a repeated add (a timeout that landed, a retried Lambda)
 * counts once.
 */
export const dynamoQuotaAdd =
  (table: QuotaCounterTable): QuotaCounter["add"] =>
  async (key, by, limit, expiresAt, countOnce) => {
    if (!Number.isInteger(by) || by < 1)
      throw new Error(`a quota counter grows by a whole number >= 1, not ${by}`);
    if (by > limit) return false;
    const name = countOnce === undefined ? undefined : countedName(countOnce);
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
      // Refused: over the limit, or already counted (then it was taken, by this add's earlier attempt).
      if (!isConditionFailure(err)) throw toDependencyError("The quota counters", err);
      if (name === undefined) return false;
      // Whether the counter holds the name: a consistent read, only on a refusal.
      const counted: unknown = (await readQuotaCounterItem(table, key))?.counted;
      return counted instanceof Set && counted.has(name);
    }
  };
