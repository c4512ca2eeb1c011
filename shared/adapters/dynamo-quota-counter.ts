import { createHash } from "node:crypto";
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

/**
 * How a `countOnce` name is kept in the counter item: 96 bits of its SHA-256, 16 characters, so a day of
 * 10,000 emails (the most QUOTA_EMAILS_PER_DAY allows) keeps the item near 170 KB, under DynamoDB's 400 KB.
 */
export const countedName = (name: string) =>
  createHash("sha256").update(name).digest("base64url").slice(0, 16);

/**
 * Quota counters as conditional `ADD`s: the check and the count are one write, race-free and cheap. With
 * `countOnce`, the same write adds the name to the item's string set `counted`, and its condition refuses a
 * name already there, so a repeated add (a timeout that landed, a retried Lambda) counts once.
 */
export class DynamoQuotaCounter implements QuotaCounter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(
    key: QuotaCounterKey,
    by: number,
    limit: number,
    expiresAt: Date,
    countOnce?: string,
  ): Promise<boolean> {
    if (!Number.isInteger(by) || by < 1)
      throw new Error(`a quota counter grows by a whole number >= 1, not ${by}`);
    if (by > limit) return false;
    const name = countOnce === undefined ? undefined : countedName(countOnce);
    // `count` is a reserved word. With `by` = 1 this is `attribute_not_exists(count) OR count < :limit`.
    const withinLimit = "(attribute_not_exists(#c) OR #c <= :max)";
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
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
      if (isConditionFailure(err)) return name !== undefined && (await this.hasCounted(key, name));
      throw toDependencyError("The quota counters", err);
    }
  }

  /** Whether the counter holds `name` (as `countedName` keeps it): a consistent read, only on a refusal. */
  private async hasCounted(key: QuotaCounterKey, name: string): Promise<boolean> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: quotaCounterKey(key), ConsistentRead: true }),
      );
      const counted: unknown = out?.Item?.counted;
      return counted instanceof Set && counted.has(name);
    } catch (err) {
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
