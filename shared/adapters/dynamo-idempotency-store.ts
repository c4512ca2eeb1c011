import { gunzipSync, gzipSync } from "node:zlib";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type {
  IdempotencyRecord,
  IdempotencyState,
  IdempotencyStore,
  StoredResponse,
} from "../ports/idempotency-store.js";
import type { DocumentClient } from "./document-client.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { toDependencyError } from "./to-dependency-error.js";

const ITEM_SK = "IDEMPOTENCY";

/** Owner and key are percent-encoded, so a `#` in either cannot make two pairs share an item. */
export const idempotencyItemKey = (owner: string, key: string) => ({
  pk: `IDEMP#${encodeURIComponent(owner)}#${encodeURIComponent(key)}`,
  sk: ITEM_SK,
});

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

interface StoredItem {
  owner: string;
  idempotencyKey: string;
  fingerprint: string;
  reservedId?: string;
  state: IdempotencyState;
  startedAt: string;
  /** Epoch seconds: the table's TTL attribute, so DynamoDB deletes the item a while after it. */
  expiresAt: number;
  response?: { statusCode: number; headers: Record<string, string>; body?: Uint8Array };
}

function toItem(record: IdempotencyRecord) {
  return {
    ...idempotencyItemKey(record.owner, record.key),
    owner: record.owner,
    idempotencyKey: record.key,
    fingerprint: record.fingerprint,
    ...(record.reservedId === undefined ? {} : { reservedId: record.reservedId }),
    state: record.state,
    startedAt: record.startedAt,
    expiresAt: epochSeconds(record.expiresAt),
  };
}

/** An answer can be as large as an interview; compressed, it stays far below the 400 KB item limit. */
function storedResponse(response: StoredResponse): NonNullable<StoredItem["response"]> {
  return {
    statusCode: response.statusCode,
    headers: response.headers,
    ...(response.body === undefined ? {} : { body: gzipSync(Buffer.from(response.body, "utf8")) }),
  };
}

function fromItem(item: Record<string, unknown>): IdempotencyRecord {
  const stored = item as unknown as StoredItem;
  const record: IdempotencyRecord = {
    owner: stored.owner,
    key: stored.idempotencyKey,
    fingerprint: stored.fingerprint,
    ...(stored.reservedId === undefined ? {} : { reservedId: stored.reservedId }),
    state: stored.state,
    startedAt: stored.startedAt,
    expiresAt: new Date(stored.expiresAt * 1000).toISOString(),
  };
  if (stored.response) {
    record.response = {
      statusCode: Number(stored.response.statusCode),
      headers: { ...stored.response.headers },
      ...(stored.response.body === undefined
        ? {}
        : { body: gunzipSync(Buffer.from(stored.response.body)).toString("utf8") }),
    };
  }
  return record;
}

/**
 * Idempotency keys as small items of the single table (`IDEMP#<owner>#<key>`), each decision one
 * conditional write on that item (DESIGN.md: no transactions). Items carry the table's TTL attribute;
 * DynamoDB deletes expired items only eventually (dynalite never), so expiry is also checked in every
 * condition and read.
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly client: DocumentClient,
    private readonly tableName: string,
  ) {}

  async reserve(record: IdempotencyRecord): Promise<IdempotencyRecord | undefined> {
    const now = epochSeconds(record.startedAt);
    // A record that expires between our failed put and our read is gone: try the put again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: toItem(record),
            ConditionExpression: "attribute_not_exists(pk) OR expiresAt <= :now",
            ExpressionAttributeValues: { ":now": now },
          }),
        );
        return undefined;
      } catch (err) {
        if (!isConditionFailure(err)) throw toDependencyError("The idempotency store", err);
      }
      const existing = await this.get(record.owner, record.key);
      if (existing && epochSeconds(existing.expiresAt) > now) return existing;
    }
    throw toDependencyError(
      "The idempotency store",
      Object.assign(new Error("the key kept changing"), { name: "ServiceUnavailable" }),
    );
  }

  async restart(record: IdempotencyRecord, startedAt: string): Promise<boolean> {
    return this.conditional(record, "SET #state = :next, startedAt = :startedAt REMOVE #response", {
      ":next": "in_progress",
      ":startedAt": startedAt,
    });
  }

  async complete(attempt: IdempotencyRecord, response: StoredResponse): Promise<boolean> {
    return this.conditional(attempt, "SET #state = :next, #response = :response", {
      ":next": "completed",
      ":response": storedResponse(response),
    });
  }

  async release(attempt: IdempotencyRecord): Promise<boolean> {
    return this.conditional(attempt, "SET #state = :next", { ":next": "failed" });
  }

  private async get(owner: string, key: string): Promise<IdempotencyRecord | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: idempotencyItemKey(owner, key),
          ConsistentRead: true,
        }),
      );
      return out.Item ? fromItem(out.Item) : undefined;
    } catch (err) {
      throw toDependencyError("The idempotency store", err);
    }
  }

  /** An update that applies only while the item is still in the state and attempt `expected` was read in. */
  private async conditional(
    expected: IdempotencyRecord,
    update: string,
    values: Record<string, unknown>,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: idempotencyItemKey(expected.owner, expected.key),
          UpdateExpression: update,
          ConditionExpression: "#state = :state AND startedAt = :attempt",
          ExpressionAttributeNames: {
            "#state": "state",
            ...(update.includes("#response") ? { "#response": "response" } : {}),
          },
          ExpressionAttributeValues: { ...values, ":state": expected.state, ":attempt": expected.startedAt },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw toDependencyError("The idempotency store", err);
    }
  }
}
