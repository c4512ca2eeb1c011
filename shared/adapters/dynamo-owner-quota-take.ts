import type { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { quotaWindow } from "../domain/quota-window.js";
import { reachingIds } from "../domain/reaching-ids.js";
import { takeOwnerQuota } from "../domain/take-owner-quota.js";
import { DependencyUnavailableError } from "../errors/app-error.js";
import { QuotaExceededError } from "../errors/quota-exceeded-error.js";
import type { OwnerQuotaLedger, OwnerQuotaRequest, OwnerQuotaTaken } from "../ports/owner-quota-ledger.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { ownerQuotaKey } from "./owner-quota-key.js";
import { ownerQuotaRecordOf } from "./owner-quota-record-of.js";
import { ownerQuotaRewrite } from "./owner-quota-rewrite.js";
import { OWNER_QUOTA_BUMP, OWNER_QUOTA_DEPENDENCY, type OwnerQuotaTable } from "./owner-quota-table.js";
import { OWNER_RECORD_ATTRIBUTES } from "./owner-record-attributes.js";
import { readOwnerRecord } from "./read-owner-record.js";
import { toDependencyError } from "./to-dependency-error.js";

/** Each address's interviews are a top-level string set named after it, so a take can `ADD` to it blind. */
const REACH_PREFIX = OWNER_RECORD_ATTRIBUTES.reachPrefix;
/** Careful writes that lose a race decide again on the item the race left; after this many, a 503. */
const MAX_ATTEMPTS = 5;

/** The item a refused conditional write found (`ReturnValuesOnConditionCheckFailure: ALL_OLD`), if sent. */
function foundBy(err: unknown): Record<string, unknown> | undefined {
  const item = (err as ConditionalCheckFailedException).Item;
  return item ? unmarshall(item) : undefined;
}

/**
 * `OwnerQuotaLedger.take` on the owner's quota record, one item. A take is ONE UpdateItem in the common
 * case: `ADD`s of the interview id to the day's set, of the addresses to the window's set and of the id to
 * each address's set, on a condition that holds only when that cannot go over a limit (same day and window,
 * room for the interview, room for every address even if all were new), and `ReturnValues: ALL_OLD` answers
 * what the item held, from which the take's outcome follows. Otherwise (a new day or window, close to a
 * limit, a record to prune) the refused write hands back the item, the decision is made on it exactly
 * (`takeOwnerQuota`), and written with one UpdateItem of what changed in the ledger's own attributes,
 * conditional on the ledger's version read (`ownerQuotaRewrite`): the sender's gate and the suppression
 * marks write other attributes of the same item and do not refuse it.
 */
export const dynamoOwnerQuotaTake =
  (table: OwnerQuotaTable): OwnerQuotaLedger["take"] =>
  async (request) => {
    const addresses = [...request.emails, ...(request.lookup ?? [])];
    let found: Record<string, unknown> | undefined;
    let known = false;
    if (request.countInterview || request.emails.length > 0) {
      const quick = await quickTake(table, request);
      if ("taken" in quick) return quick.taken;
      found = quick.found;
      known = quick.known;
    }
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const storedItem = known
        ? found
        : await readOwnerRecord(table.client, table.tableName, request.owner, OWNER_QUOTA_DEPENDENCY);
      const stored = ownerQuotaRecordOf(storedItem);
      known = false;
      const outcome = takeOwnerQuota(stored, request);
      if ("exceeded" in outcome) {
        throw new QuotaExceededError(outcome.exceeded, outcome.limit, request.now, outcome.resetsAt);
      }
      const taken = {
        fresh: outcome.fresh,
        repeated: outcome.repeated,
        reaching: reachingIds(stored, addresses, request.interviewId),
      };
      // Nothing to count and nothing to list: the answer is the read.
      if (!request.countInterview && request.emails.length === 0) return taken;
      try {
        await table.client.send(
          new UpdateCommand({
            TableName: table.tableName,
            Key: ownerQuotaKey(request.owner),
            ...ownerQuotaRewrite(storedItem, stored, outcome.record, request.now),
            ReturnValuesOnConditionCheckFailure: "ALL_OLD",
          }),
        );
        return taken;
      } catch (err) {
        if (!isConditionFailure(err)) throw toDependencyError(OWNER_QUOTA_DEPENDENCY, err);
        const item = foundBy(err);
        if (item) {
          found = item;
          known = true;
        }
      }
    }
    throw new DependencyUnavailableError(OWNER_QUOTA_DEPENDENCY, new Error("the record kept changing"));
  };

/** The one-write take; refused, it answers the item it found (when DynamoDB sent it back). */
async function quickTake(
  table: OwnerQuotaTable,
  request: OwnerQuotaRequest,
): Promise<{ taken: OwnerQuotaTaken } | { found: Record<string, unknown> | undefined; known: boolean }> {
  const { owner, interviewId, emails, countInterview, now, limits } = request;
  const maxContacts = limits.contacts_per_30_days - emails.length;
  // A limit no take could pass quickly: decide carefully (and name the quota).
  if (maxContacts < 0 || (countInterview && limits.interviews_per_day < 1))
    return { found: undefined, known: false };
  const names: Record<string, string> = { "#win": "window", ...OWNER_QUOTA_BUMP };
  const values: Record<string, unknown> = {
    ":win": quotaWindow("contacts_per_30_days", now).key,
    ":one": 1,
  };
  const sets = ["#win = :win"];
  const adds = ["#lv :one", "#v :one"];
  const holds = ["#win = :win"];
  if (countInterview) {
    Object.assign(names, { "#day": "day", "#ids": "dayIds" });
    Object.assign(values, {
      ":day": quotaWindow("interviews_per_day", now).key,
      ":id": new Set([interviewId]),
      ":idv": interviewId,
      ":maxDay": limits.interviews_per_day,
    });
    sets.push("#day = :day");
    adds.push("#ids :id");
    holds.push("#day = :day", "(attribute_not_exists(#ids) OR size(#ids) < :maxDay OR contains(#ids, :idv))");
  }
  if (emails.length > 0) {
    names["#c"] = "contacts";
    Object.assign(values, {
      ":emails": new Set(emails),
      ":maxC": maxContacts,
      ":rid": new Set([interviewId]),
    });
    adds.push("#c :emails");
    holds.push("(attribute_not_exists(#c) OR size(#c) <= :maxC)");
    emails.forEach((email, i) => {
      names[`#r${i}`] = `${REACH_PREFIX}${email}`;
      adds.push(`#r${i} :rid`);
    });
  }
  try {
    const out = await table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: ownerQuotaKey(owner),
        UpdateExpression: `SET ${sets.join(", ")} ADD ${adds.join(", ")}`,
        ConditionExpression: `attribute_not_exists(pk) OR (${holds.join(" AND ")})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: "ALL_OLD",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    const before = ownerQuotaRecordOf(out?.Attributes);
    const counted = new Set(before?.contacts ?? []);
    return {
      taken: {
        fresh: [...new Set(emails)].filter((email) => !counted.has(email)),
        repeated: countInterview && (before?.dayIds.includes(interviewId) ?? false),
        reaching: reachingIds(before, [...emails, ...(request.lookup ?? [])], interviewId),
      },
    };
  } catch (err) {
    if (!isConditionFailure(err)) throw toDependencyError(OWNER_QUOTA_DEPENDENCY, err);
    const item = foundBy(err);
    return item ? { found: item, known: true } : { found: undefined, known: false };
  }
}
