import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { SuppressionList, SuppressionReason } from "../ports/suppression-list.js";
import { DynamoSuppressionCheck, suppressionKey } from "./dynamo-suppression-check.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { toDependencyError } from "./to-dependency-error.js";

/** The suppression list on the table (see DynamoSuppressionCheck): the lookup and the writes. */
export class DynamoSuppressionList extends DynamoSuppressionCheck implements SuppressionList {
  async suppress(owner: string, email: string, reason: SuppressionReason, at: string): Promise<boolean> {
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
      throw toDependencyError("The suppression list", err);
    }
  }
}
