import type { QuotaCounter, QuotaCounterKey } from "../../shared/ports/quota-counter.js";

const keyOf = (k: QuotaCounterKey) => `${k.owner}|${k.quota}|${k.window}`;

/** Quota counters in memory, with the Dynamo adapter's rule: an add that would pass the limit changes nothing. */
export class InMemoryQuotaCounter implements QuotaCounter {
  readonly counts = new Map<string, number>();
  readonly expiries = new Map<string, Date>();
  /** Makes every call fail, as an unreachable table would. */
  failWith?: Error;

  async add(key: QuotaCounterKey, by: number, limit: number, expiresAt: Date): Promise<boolean> {
    if (this.failWith) throw this.failWith;
    const current = this.counts.get(keyOf(key)) ?? 0;
    if (current + by > limit) return false;
    this.counts.set(keyOf(key), current + by);
    this.expiries.set(keyOf(key), expiresAt);
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
