/**
 * An owner's registration quotas and contact addresses, as one record (one item on the table): what the
 * quotas of new interviews a day and distinct contacts in 30 days count, and which of the owner's
 * interviews have had each address as a contact (the per-address cap of unanswered follow-ups reads it).
 * Every field is bounded: the day's ids by that quota, the window's addresses by theirs, `reach` by
 * `pruneReach`.
 */
export interface OwnerQuotaRecord {
  /** Bumped by every write: the condition of a write that decides on a record read. */
  version: number;
  /** The UTC day (`QuotaWindow.key`) `dayIds` counts; absent before the first interview. */
  day?: string;
  /** The interviews registered that day (each counted once, however often its request is retried). */
  dayIds: string[];
  /** The distinct-contact window (`QuotaWindow.key`) `contacts` counts. */
  window?: string;
  /** Lower-cased addresses counted in that window. */
  contacts: string[];
  /** Per lower-cased address, the owner's interviews (ULIDs) that have had it as a contact. */
  reach: Record<string, string[]>;
}
