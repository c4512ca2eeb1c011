import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { ContactMarker, QuotaContactMarkers } from "../ports/quota-contact-markers.js";
import { toDependencyError } from "./to-dependency-error.js";

const markerKey = (owner: string, email: string) => ({
  pk: `CONTACT#${encodeURIComponent(owner)}`,
  sk: email.trim().toLowerCase(),
});

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
      // A handful of addresses per interview: parallel GetItems (the functions have no BatchGetItem grant).
      const items = await Promise.all(
        [...new Set(emails)].map(async (email) => {
          const out = await this.client.send(
            new GetCommand({ TableName: this.tableName, Key: markerKey(owner, email), ConsistentRead: true }),
          );
          return out?.Item;
        }),
      );
      for (const item of items) {
        if (!item || typeof item.sk !== "string") continue;
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
