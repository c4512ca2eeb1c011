import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { quotaWindow } from "../domain/quota-window.js";
import type { OwnerQuotaLedger } from "../ports/owner-quota-ledger.js";
import { isConditionFailure } from "./is-condition-failure.js";
import { ownerQuotaKey } from "./owner-quota-key.js";
import { OWNER_QUOTA_BUMP, OWNER_QUOTA_DEPENDENCY, type OwnerQuotaTable } from "./owner-quota-table.js";
import { OWNER_RECORD_ATTRIBUTES } from "./owner-record-attributes.js";
import { toDependencyError } from "./to-dependency-error.js";

const REACH_PREFIX = OWNER_RECORD_ATTRIBUTES.reachPrefix;

/** `OwnerQuotaLedger.release` on the owner's quota record: what a refused request had taken, given back. */
export const dynamoOwnerQuotaRelease =
  (table: OwnerQuotaTable): OwnerQuotaLedger["release"] =>
  async (owner, taken) => {
    const send = async (
      update: string,
      condition: string,
      names: Record<string, string>,
      values: Record<string, unknown>,
    ) => {
      try {
        await table.client.send(
          new UpdateCommand({
            TableName: table.tableName,
            Key: ownerQuotaKey(owner),
            UpdateExpression: `${update} ADD #lv :one, #v :one`,
            ConditionExpression: condition,
            ExpressionAttributeNames: { ...names, ...OWNER_QUOTA_BUMP },
            ExpressionAttributeValues: { ...values, ":one": 1 },
          }),
        );
      } catch (err) {
        // The window is over (its count started again) or the record is gone: nothing to give back.
        if (!isConditionFailure(err)) throw toDependencyError(OWNER_QUOTA_DEPENDENCY, err);
      }
    };
    const id = new Set([taken.interviewId]);
    if (taken.counted) {
      const day = quotaWindow("interviews_per_day", taken.now).key;
      await send(
        "DELETE #ids :id",
        "#day = :day",
        { "#ids": "dayIds", "#day": "day" },
        { ":id": id, ":day": day },
      );
    }
    // The interview leaves its addresses' lists first; then an address it was first to count is given back
    // only while no other interview is listed under it: a concurrent registration that found it already
    // counted (and so did not count it) keeps it counted. Over-counting is safe, under-counting is not.
    if (taken.listed.length > 0) {
      const names = Object.fromEntries(taken.listed.map((email, i) => [`#r${i}`, `${REACH_PREFIX}${email}`]));
      await send(
        `DELETE ${Object.keys(names)
          .map((name) => `${name} :id`)
          .join(", ")}`,
        "attribute_exists(pk)",
        names,
        { ":id": id },
      );
    }
    for (const email of taken.fresh) {
      const window = quotaWindow("contacts_per_30_days", taken.now).key;
      await send(
        "DELETE #c :email",
        "#win = :win AND attribute_not_exists(#reach)",
        { "#c": "contacts", "#win": "window", "#reach": `${REACH_PREFIX}${email}` },
        { ":email": new Set([email]), ":win": window },
      );
    }
  };
