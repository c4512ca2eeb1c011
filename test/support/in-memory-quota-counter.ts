import type { QuotaCounter, QuotaCounterKey } from "../../shared/ports/quota-counter.js";

const keyOf = (k: QuotaCounterKey) => `${k.owner}|${k.quota}|${k.window}`;

/**
 * Quota counters in memory, with the Dynamo adapter's rules: an add that would pass the limit changes
 * nothing, and an add repeated with the same `countOnce` name counts once.
 */
export class InMemoryQuotaCounter implements QuotaCounter {
  readonly counts = new Map<string, number>();
  readonly expiries = new Map<string, Date>();
  /** The `countOnce` names each counter has counted, as the Dynamo adapter keeps them in the item. */
  readonly counted = new Map<string, Set<string>>();
  /** Makes every call fail, as an unreachable table would. */
  failWith?: Error;

  async add(
    key: QuotaCounterKey,
    by: number,
    limit: number,
    expiresAt: Date,
    countOnce?: string,
  ): Promise<boolean> {
    if (this.failWith) throw this.failWith;
    const counted = this.counted.get(keyOf(key)) ?? new Set<string>();
    if (countOnce !== undefined && counted.has(countOnce)) return true;
    const current = this.counts.get(keyOf(key)) ?? 0;
    if (current + by > limit) return false;
    this.counts.set(keyOf(key), current + by);
    this.expiries.set(keyOf(key), expiresAt);
    if (countOnce !== undefined) this.counted.set(keyOf(key), counted.add(countOnce));
    return true;
  }

  async release(key: QuotaCounterKey, by: number): Promise<void> {
    if (this.failWith) throw this.failWith;
    const current = this.counts.get(keyOf(key)) ?? 0;
    if (current >= by) this.counts.set(keyOf(key), current - by);
  }

  async read(key: QuotaCounterKey): Promise<number> {
    if (this.failWith) throw this.failWith;
    return this.counts.get(keyOf(key)) ?? 0;
  }

  /** Test helper: the count of one counter. */
  count(owner: string, quota: QuotaCounterKey["quota"], window: string): number {
    return this.counts.get(keyOf({ owner, quota, window })) ?? 0;
  }
}
