import type { QuotaName } from "../domain/quota-limits.js";

/** One counter: an owner's use of one quota in one window. */
export interface QuotaCounterKey {
  owner: string;
  quota: QuotaName;
  /** `QuotaWindow.key`. */
  window: string;
}

/**
 * Per-owner quota counters. `add` is the whole race-free check: one conditional write that adds `by` only
 * while the result stays within `limit`, so two concurrent requests can never both take the last slot.
 */
export interface QuotaCounter {
  /**
   * Adds `by` (>= 1) unless the count would exceed `limit`. Resolves true when added, false when refused
   * (nothing changed). `expiresAt` is when the counter may be deleted (the window is long over by then).
   * `countOnce` names what is counted (e.g. one step's email): an add repeated with the same name (a retry
   * of a write that timed out after landing, a retried invocation) changes nothing and resolves true.
   */
  add(key: QuotaCounterKey, by: number, limit: number, expiresAt: Date, countOnce?: string): Promise<boolean>;
  /** Gives back `by` taken by an `add` whose request then failed; never below zero. */
  release(key: QuotaCounterKey, by: number): Promise<void>;
  /** The current count (0 when there is no counter yet). */
  read(key: QuotaCounterKey): Promise<number>;
}

/** `QuotaCounter.add` without `countOnce`: what a route that counts requests calls (reserveUsage). */
export type QuotaAddWithin = (
  key: QuotaCounterKey,
  by: number,
  limit: number,
  expiresAt: Date,
) => Promise<boolean>;
