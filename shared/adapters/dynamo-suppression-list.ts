import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Suppression, SuppressionList, SuppressionReason } from "../ports/suppression-list.js";
import { toDependencyError } from "./to-dependency-error.js";

const suppressionKey = (owner: string, email: string) => ({
  pk: `SUPPRESSION#${encodeURIComponent(owner)}`,
  sk: email.trim().toLowerCase(),
});

/**
 * Suppressions as small items on the interview table (one per owner and address), so no new table, and a
 * lookup is one consistent GetItem. They carry no index attributes, so owner listings never see them.
 */
export class DynamoSuppressionList implements SuppressionList {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async isSuppressed(owner: string, email: string): Promise<Suppression | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: suppressionKey(owner, email),
          ConsistentRead: true,
        }),
      );
      if (!out.Item) return undefined;
      const item = out.Item as { sk: string; reason: SuppressionReason; at: string };
      return { email: item.sk, reason: item.reason, at: item.at };
    } catch (err) {
      throw toDependencyError("The suppression list", err);
    }
  }

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
      if (
        err instanceof ConditionalCheckFailedException ||
        (err as Error).name === "ConditionalCheckFailedException"
      ) {
        return false;
      }
      throw toDependencyError("The suppression list", err);
    }
  }
}
