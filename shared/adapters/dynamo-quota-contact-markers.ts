import { BatchGetCommand, type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { DependencyUnavailableError } from "../errors/app-error.js";
import type { ContactMarker, QuotaContactMarkers } from "../ports/quota-contact-markers.js";
import { toDependencyError } from "./to-dependency-error.js";

const markerKey = (owner: string, email: string) => ({
  pk: `CONTACT#${encodeURIComponent(owner)}`,
  sk: email.trim().toLowerCase(),
});

/** BatchGetItem's limit on keys per call. */
const MAX_BATCH_KEYS = 100;
/** Calls per batch of keys, the first included, before keys DynamoDB keeps leaving unprocessed fail it. */
const MAX_BATCH_ATTEMPTS = 4;

/**
 * One item per owner and contact address on the single table (no index attributes). No expiry: its list
 * of interviews is what the cap of unanswered follow-ups per address reads, and that cap has no window.
 */
export class DynamoQuotaContactMarkers implements QuotaContactMarkers {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(owner: string, emails: readonly string[]): Promise<Map<string, ContactMarker>> {
    const found = new Map<string, ContactMarker>();
    try {
      for (const item of await this.batchGet([...new Set(emails)].map((email) => markerKey(owner, email)))) {
        if (typeof item.sk !== "string") continue;
        const ids = item.interviewIds instanceof Set ? [...item.interviewIds] : [];
        found.set(item.sk, {
          email: item.sk,
          ...(typeof item.countedIn === "string" ? { countedIn: item.countedIn } : {}),
          ...(typeof item.firstUsedAt === "string" ? { firstUsedAt: item.firstUsedAt } : {}),
          interviewIds: ids.filter((id): id is string => typeof id === "string").sort(),
        });
      }
      return found;
    } catch (err) {
      throw toDependencyError("The contact records", err);
    }
  }

  /**
   * The addresses' markers in one BatchGetItem (100 keys a call), strongly consistent, as the GetItems it
   * replaced: one call for an interview's handful of contacts instead of one each (issue 12). Keys DynamoDB
   * leaves unprocessed (throttling) are asked again, a bounded number of times.
   */
  private async batchGet(keys: Array<{ pk: string; sk: string }>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let start = 0; start < keys.length; start += MAX_BATCH_KEYS) {
      let pending: Array<Record<string, unknown>> = keys.slice(start, start + MAX_BATCH_KEYS);
      for (let attempt = 1; pending.length > 0; attempt++) {
        // Throttled throughout: an outage to retry later, never an answer missing markers (that would count
        // their addresses again).
        if (attempt > MAX_BATCH_ATTEMPTS)
          throw new DependencyUnavailableError("The contact records", new Error("keys left unprocessed"));
        const out = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        items.push(...(out?.Responses?.[this.tableName] ?? []));
        pending = out?.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return items;
  }

  async mark(
    owner: string,
    email: string,
    change: { interviewId: string; at: string; countedIn?: string },
  ): Promise<void> {
    const counted = change.countedIn !== undefined;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: markerKey(owner, email),
          UpdateExpression: `ADD interviewIds :ids SET lastUsedAt = :at${counted ? ", countedIn = :w, firstUsedAt = :at" : ""}`,
          ExpressionAttributeValues: {
            ":ids": new Set([change.interviewId]),
            ":at": change.at,
            ...(counted ? { ":w": change.countedIn } : {}),
          },
        }),
      );
    } catch (err) {
      throw toDependencyError("The contact records", err);
    }
  }
}
