import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { QuotaCounter, QuotaCounterKey } from "../ports/quota-counter.js";
import { toDependencyError } from "./to-dependency-error.js";

/**
 * One small item per owner, quota and window on the single table (no index attributes, so owner listings
 * never see it). Windows are in the key, so an old window is simply never read again; `expiresAt` lets
 * DynamoDB's TTL delete it (dynalite never does, which changes nothing but the table's size).
 */
export const quotaCounterKey = (key: QuotaCounterKey) => ({
  pk: `QUOTA#${encodeURIComponent(key.owner)}`,
  sk: `${key.quota}#${key.window}`,
});

function isConditionFailure(err: unknown): boolean {
  return (
    err instanceof ConditionalCheckFailedException ||
    (err as Error | undefined)?.name === "ConditionalCheckFailedException"
  );
}

/** Quota counters as conditional `ADD`s: the check and the count are one write, race-free and cheap. */
export class DynamoQuotaCounter implements QuotaCounter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(key: QuotaCounterKey, by: number, limit: number, expiresAt: Date): Promise<boolean> {
    if (!Number.isInteger(by) || by < 1)
      throw new Error(`a quota counter grows by a whole number >= 1, not ${by}`);
    if (by > limit) return false;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: quotaCounterKey(key),
          UpdateExpression: "ADD #c :by SET expiresAt = :exp",
          // `count` is a reserved word. With `by` = 1 this is `attribute_not_exists(count) OR count < :limit`.
          ConditionExpression: "attribute_not_exists(#c) OR #c <= :max",
          ExpressionAttributeNames: { "#c": "count" },
          ExpressionAttributeValues: {
            ":by": by,
            ":max": limit - by,
            ":exp": Math.ceil(expiresAt.getTime() / 1000),
          },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw toDependencyError("The quota counters", err);
    }
  }

  async release(key: QuotaCounterKey, by: number): Promise<void> {
    if (by < 1) return;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
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
  }

  async read(key: QuotaCounterKey): Promise<number> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: quotaCounterKey(key), ConsistentRead: true }),
      );
      const count = out?.Item?.count;
      return typeof count === "number" && count > 0 ? count : 0;
    } catch (err) {
      throw toDependencyError("The quota counters", err);
    }
  }
}
