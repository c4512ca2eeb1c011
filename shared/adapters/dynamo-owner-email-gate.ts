import type { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { EmailGateAnswer, EmailGateRequest, OwnerEmailGate } from "../ports/owner-email-gate.js";
import type { SuppressionReason } from "../ports/suppression-list.js";
import { countedName } from "./counted-name.js";
import type { DocumentClient } from "./document-client.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { ownerQuotaKey } from "./owner-quota-key.js";
import { ANY_VERSION, dayEmailsName, suppressionMarkName } from "./owner-record-attributes.js";
import { readOwnerRecord } from "./read-owner-record.js";
import { toDependencyError } from "./to-dependency-error.js";

const DAY_MS = 86_400_000;
/**
 * Earlier days' email sets a pass removes, so the record does not grow: a month's (the ledger's careful
 * write prunes older ones it finds). With at most 2,000 emails a day, a day's set is at most ~40 KB (16-character
 * names), so with the reach sets (400 addresses x 10 interviews, ~120 KB) the record stays well under 400 KB.
 */
const PRUNED_DAYS = 31;
/** Refusals that name no reason (the record changed between the refusal and a read) before a 503. */
const MAX_ATTEMPTS = 3;
const DEPENDENCY = "The owner's record";

const REASONS: readonly string[] = ["bounced", "complained", "unsubscribed"];

/**
 * The gate on the owner's record as ONE conditional UpdateItem: no suppression mark for the address, and
 * the day's set of emailed steps below the limit or already holding this step; it `ADD`s the step to the
 * day's set, bumps `version` (see OWNER_RECORD_ATTRIBUTES: not the ledger's own version, so a send does
 * not refuse a registration's careful write) and removes the previous days' sets. Refused, `ReturnValuesOnConditionCheckFailure: ALL_OLD` says which part failed.
 */
export class DynamoOwnerEmailGate implements OwnerEmailGate {
  constructor(
    private readonly client: DocumentClient,
    private readonly tableName: string,
  ) {}

  async pass(request: EmailGateRequest): Promise<EmailGateAnswer> {
    const { owner, day, limit } = request;
    // Kept hashed (16 characters): the owner's record holds a whole day of them.
    const key = countedName(request.key);
    const names: Record<string, string> = {
      "#s": suppressionMarkName(request.email),
      "#v": ANY_VERSION,
    };
    const values: Record<string, unknown> = { ":one": 1 };
    let condition = "attribute_not_exists(#s)";
    let update = "ADD #v :one";
    if (limit !== undefined) {
      names["#today"] = dayEmailsName(day);
      Object.assign(values, { ":limit": limit, ":key": key, ":keySet": new Set([key]) });
      condition += " AND (attribute_not_exists(#today) OR size(#today) < :limit OR contains(#today, :key))";
      update = "ADD #today :keySet, #v :one";
      const start = Date.parse(`${day}T00:00:00Z`);
      const removed: string[] = [];
      for (let i = 1; i <= PRUNED_DAYS; i++) {
        names[`#old${i}`] = dayEmailsName(new Date(start - i * DAY_MS).toISOString().slice(0, 10));
        removed.push(`#old${i}`);
      }
      update += ` REMOVE ${removed.join(", ")}`;
    }
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: ownerQuotaKey(owner),
            UpdateExpression: update,
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          }),
        );
        return { result: "passed" };
      } catch (err) {
        if (!isConditionFailure(err)) throw toDependencyError(DEPENDENCY, err);
        const raw = (err as ConditionalCheckFailedException).Item;
        // DynamoDB (and the local store's front) answer the item; a store that does not is read instead.
        const found = raw
          ? unmarshall(raw)
          : await readOwnerRecord(this.client, this.tableName, owner, DEPENDENCY);
        const mark = found?.[names["#s"] as string];
        if (mark !== undefined) return { result: "suppressed", reason: reasonOf(mark) };
        const today = found?.[dayEmailsName(day)];
        const taken = today instanceof Set ? today : new Set();
        if (limit !== undefined && taken.size >= limit && !taken.has(key)) return { result: "full" };
      }
    }
    throw toDependencyError(DEPENDENCY, new Error("the record kept changing"));
  }
}

/** A mark holds the first reason; anything else (a hand-written mark) reads as an unsubscribe. */
const reasonOf = (mark: unknown): SuppressionReason =>
  (typeof mark === "string" && REASONS.includes(mark) ? mark : "unsubscribed") as SuppressionReason;
