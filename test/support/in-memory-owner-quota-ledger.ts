import type { OwnerQuotaRecord } from "../../shared/domain/owner-quota-record.js";
import { quotaWindow } from "../../shared/domain/quota-window.js";
import { reachingIds } from "../../shared/domain/reaching-ids.js";
import { takeOwnerQuota } from "../../shared/domain/take-owner-quota.js";
import { QuotaExceededError } from "../../shared/errors/quota-exceeded-error.js";
import type {
  OwnerQuotaLedger,
  OwnerQuotaRelease,
  OwnerQuotaRequest,
  OwnerQuotaTaken,
} from "../../shared/ports/owner-quota-ledger.js";

/** Owners' quota records in memory, decided exactly as the DynamoDB adapter's careful path decides. */
export class InMemoryOwnerQuotaLedger implements OwnerQuotaLedger {
  readonly records = new Map<string, OwnerQuotaRecord>();
  /** Calls made, by method: what the store-calls tests count. */
  readonly calls: string[] = [];

  /** The interviews listed under an address (lower-cased). */
  reachOf(owner: string, email: string): string[] {
    return this.records.get(owner)?.reach[email] ?? [];
  }

  /** The interviews counted on `day` and the addresses counted in the current window of the record. */
  counted(owner: string, day: string): { interviews: number; contacts: number } {
    const record = this.records.get(owner);
    return {
      interviews: record?.day === day ? record.dayIds.length : 0,
      contacts: record?.contacts.length ?? 0,
    };
  }

  async take(request: OwnerQuotaRequest): Promise<OwnerQuotaTaken> {
    this.calls.push("take");
    const stored = this.records.get(request.owner);
    const outcome = takeOwnerQuota(stored, request);
    if ("exceeded" in outcome) {
      throw new QuotaExceededError(outcome.exceeded, outcome.limit, request.now, outcome.resetsAt);
    }
    this.records.set(request.owner, outcome.record);
    const addresses = [...request.emails, ...(request.lookup ?? [])];
    return {
      fresh: outcome.fresh,
      repeated: outcome.repeated,
      reaching: reachingIds(stored, addresses, request.interviewId),
    };
  }

  async release(owner: string, taken: OwnerQuotaRelease): Promise<void> {
    this.calls.push("release");
    const record = this.records.get(owner);
    if (!record) return;
    const day = quotaWindow("interviews_per_day", taken.now).key;
    const window = quotaWindow("contacts_per_30_days", taken.now).key;
    const reach = { ...record.reach };
    for (const email of taken.listed) {
      const left = (reach[email] ?? []).filter((id) => id !== taken.interviewId);
      if (left.length > 0) reach[email] = left;
      else delete reach[email];
    }
    // As the adapter: an address stays counted while another interview is listed under it.
    const fresh = new Set(record.window === window ? taken.fresh.filter((email) => !reach[email]) : []);
    this.records.set(owner, {
      ...record,
      version: record.version + 1,
      dayIds:
        taken.counted && record.day === day
          ? record.dayIds.filter((id) => id !== taken.interviewId)
          : record.dayIds,
      contacts: record.contacts.filter((email) => !fresh.has(email)),
      reach,
    });
  }

  async read(owner: string, now: Date) {
    this.calls.push("read");
    const record = this.records.get(owner);
    return {
      interviews_per_day:
        record?.day === quotaWindow("interviews_per_day", now).key ? record.dayIds.length : 0,
      contacts_per_30_days:
        record?.window === quotaWindow("contacts_per_30_days", now).key ? record.contacts.length : 0,
      // The sender's gate (InMemoryOwnerEmailGate) keeps the day's emails apart in memory.
      emails_per_day: this.emailsToday?.(owner, quotaWindow("emails_per_day", now).key) ?? 0,
    };
  }

  /** Where `read` finds the day's emails to contacts, when a test ties the sender's gate in. */
  emailsToday?: (owner: string, day: string) => number;
}
