import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError } from "../errors/app-error.js";
import type { CalendarFeedStore } from "../ports/calendar-feed-store.js";
import type { DocumentClient } from "./document-client.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { toDependencyError } from "./to-dependency-error.js";

export const calendarFeedKey = (owner: string) => ({
  pk: `CALENDAR#${encodeURIComponent(owner)}`,
  sk: "CALENDAR_FEED",
});

/**
 * How often `issue` tries again when a revoke slipped between its write and its read. Each retry needs a
 * concurrent revoke and issue of the same owner's feed in between, so running out is a conflict the
 * caller made (409), not an outage.
 */
const ISSUE_ATTEMPTS = 5;

/**
 * One small item per owner on the single table (no index attributes, so owner listings never see it):
 * `generation` only ever grows, `active` says whether it is live. Issuing and revoking are each one
 * conditional write on that item.
 */
export class DynamoCalendarFeedStore implements CalendarFeedStore {
  constructor(
    private readonly client: DocumentClient,
    private readonly tableName: string,
  ) {}

  async liveGeneration(owner: string): Promise<number | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: calendarFeedKey(owner), ConsistentRead: true }),
      );
      const item = out.Item as { generation?: number; active?: boolean } | undefined;
      return item?.active === true && typeof item.generation === "number" ? item.generation : undefined;
    } catch (err) {
      throw toDependencyError("The calendar feed store", err);
    }
  }

  async issue(owner: string, at: string): Promise<number> {
    for (let attempt = 0; attempt < ISSUE_ATTEMPTS; attempt += 1) {
      try {
        const out = await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: calendarFeedKey(owner),
            // A new generation only when none is live: a second POST hands back the URL already in use.
            UpdateExpression: "ADD generation :one SET active = :true, issuedAt = :at",
            ConditionExpression: "attribute_not_exists(pk) OR active = :false",
            ExpressionAttributeValues: { ":one": 1, ":true": true, ":false": false, ":at": at },
            ReturnValues: "ALL_NEW",
          }),
        );
        // ADD always leaves a number; an answer without one is read back like a lost race below.
        const generation = (out.Attributes as { generation?: unknown } | undefined)?.generation;
        if (typeof generation === "number") return generation;
      } catch (err) {
        if (!isConditionFailure(err)) throw toDependencyError("The calendar feed store", err);
      }
      const live = await this.liveGeneration(owner);
      if (live !== undefined) return live;
    }
    throw new ConflictError(
      "version_conflict",
      "The calendar feed was revoked and issued again meanwhile; try again.",
    );
  }

  async revoke(owner: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: calendarFeedKey(owner),
          UpdateExpression: "SET active = :false, revokedAt = :at",
          ConditionExpression: "active = :true",
          ExpressionAttributeValues: { ":true": true, ":false": false, ":at": at },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw toDependencyError("The calendar feed store", err);
    }
  }
}
