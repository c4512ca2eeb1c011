/** The newest interviews kept per address: far more than the cap of unanswered follow-ups ever needs. */
export const REACH_IDS_PER_ADDRESS = 10;
/**
 * The addresses kept, most recently used first: two months at the distinct-contact quota's default, years
 * for a real job search. 400 of the longest addresses (254 characters) with 10 ids each stay near 210 KB.
 */
export const REACH_ADDRESSES = 400;

/**
 * Bounds the per-address interview lists of an owner's quota record (its item stays below DynamoDB's 400 KB). Interview ids are ULIDs, so sorting them sorts
 * by time: each address keeps its newest ids, and the addresses whose newest use is the oldest go first.
 */
export function pruneReach(reach: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const entries = Object.entries(reach)
    .map(
      ([address, ids]) =>
        [address, [...new Set(ids)].sort().reverse().slice(0, REACH_IDS_PER_ADDRESS)] as const,
    )
    .filter(([, ids]) => ids.length > 0)
    .sort(([a, x], [b, y]) =>
      (y[0] ?? "") > (x[0] ?? "") ? 1 : (y[0] ?? "") < (x[0] ?? "") ? -1 : a < b ? -1 : 1,
    )
    .slice(0, REACH_ADDRESSES);
  return Object.fromEntries(entries);
}
