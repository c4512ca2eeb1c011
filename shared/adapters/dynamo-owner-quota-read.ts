import { quotaWindow } from "../domain/quota-window.js";
import type { OwnerQuotaLedger } from "../ports/owner-quota-ledger.js";
import { ownerQuotaRecordOf, storedStrings } from "./owner-quota-record-of.js";
import { OWNER_QUOTA_DEPENDENCY, type OwnerQuotaTable } from "./owner-quota-table.js";
import { dayEmailsName } from "./owner-record-attributes.js";
import { readOwnerRecord } from "./read-owner-record.js";

/** `OwnerQuotaLedger.read` (GET /usage): the current windows' counts on the owner's record, one read. */
export const dynamoOwnerQuotaRead =
  (table: OwnerQuotaTable): OwnerQuotaLedger["read"] =>
  async (owner, now) => {
    const item = await readOwnerRecord(table.client, table.tableName, owner, OWNER_QUOTA_DEPENDENCY);
    const record = ownerQuotaRecordOf(item);
    const emails = item?.[dayEmailsName(quotaWindow("emails_per_day", now).key)];
    return {
      emails_per_day: storedStrings(emails).length,
      interviews_per_day:
        record?.day === quotaWindow("interviews_per_day", now).key ? record.dayIds.length : 0,
      contacts_per_30_days:
        record?.window === quotaWindow("contacts_per_30_days", now).key ? record.contacts.length : 0,
    };
  };
