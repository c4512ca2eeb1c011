import type { OwnerQuotaRecord } from "./owner-quota-record.js";
/** The owner's interviews listed under any of these addresses, but `excludeId`. */
export function reachingIds(
  record: OwnerQuotaRecord | undefined,
  addresses: readonly string[],
  excludeId?: string,
): string[] {
  const ids = new Set(addresses.flatMap((address) => record?.reach[address] ?? []));
  if (excludeId !== undefined) ids.delete(excludeId);
  return [...ids].sort();
}
