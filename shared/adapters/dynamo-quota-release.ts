import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { QuotaCounter } from "../ports/quota-counter.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { type QuotaCounterTable, quotaCounterKey } from "./quota-counter-table.js";
import { toDependencyError } from "./to-dependency-error.js";

/** `QuotaCounter.release` on the table: a conditional `ADD` of minus `by`, never below zero. */
export const dynamoQuotaRelease =
  (table: QuotaCounterTable): QuotaCounter["release"] =>
  async (key, by) => {
    if (by < 1) return;
    try {
      await table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: quotaCounterKey(key),
          UpdateExpression: "ADD #c :minus",
          ConditionExpression: "#c >= :by",
          ExpressionAttributeNames: { "#c": "count" },
          ExpressionAttributeValues: { ":minus": -by, ":by": by },
        }),
      );
    } catch (err) {
      // Nothing (or less) to give back: a counter is never taken below zero.
      if (isConditionFailure(err)) return;
      throw toDependencyError("The quota counters", err);
    }
  };
