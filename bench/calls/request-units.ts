/** What one DynamoDB read carried, as the counting proxy saw it. */
export interface DynamoRead {
  command: string;
  /** Items the call reads by key (the entries of a TransactGetItems). */
  items: number;
  /** Bytes of the response body (what the read returned). */
  responseBytes: number;
}

const READS = new Set(["GetItem", "Query", "Scan", "BatchGetItem"]);

/**
 * On-demand read request units for one call, by the documented sizing: ceil(bytes/4 KB), at least 1, counted
 * as strongly consistent (an upper bound: eventually consistent reads, and every index read, cost half); a
 * transactional get two per item. Writes are sized from the items they changed (write-units.ts).
 */
export function readUnits(call: DynamoRead): number {
  if (READS.has(call.command)) return Math.max(1, Math.ceil(call.responseBytes / 4096));
  if (call.command === "TransactGetItems") return 2 * Math.max(1, call.items);
  return 0;
}
