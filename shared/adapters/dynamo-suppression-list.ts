import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { SuppressionList, SuppressionReason } from "../ports/suppression-list.js";
import { DynamoSuppressionCheck, suppressionKey } from "./dynamo-suppression-check.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { markSuppression } from "./mark-suppression.js";
import { toDependencyError } from "./to-dependency-error.js";

const DEPENDENCY = "The suppression list";

/**
 * The suppression list on the table (see DynamoSuppressionCheck): the lookup and the writes. Suppressing
 * writes two items, each idempotently, every time (so a retried event repairs a write a crash cut short):
 * the mark on the owner's record (`s#<address>`, the first reason kept, `version` bumped: the sender's
 * gate reads it in the same write that takes the day's email), then the `SUPPRESSION#` item, which says
 * when, and which the listings of reasons read.
 */
export class DynamoSuppressionList extends DynamoSuppressionCheck implements SuppressionList {
  async suppress(owner: string, email: string, reason: SuppressionReason, at: string): Promise<boolean> {
    try {
      await markSuppression(this.client, this.tableName, owner, email, reason);
    } catch (err) {
      throw toDependencyError(DEPENDENCY, err);
    }
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...suppressionKey(owner, email), reason, at },
          // The first reason is the one the candidate needs to see ("bounced" stays "bounced").
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw toDependencyError(DEPENDENCY, err);
    }
  }
}
