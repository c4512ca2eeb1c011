/** What one DynamoDB call carried, as the counting proxy saw it. */
export interface DynamoCall {
  command: string;
  /** Items the call writes or reads by key (TransactWriteItems / BatchWriteItem / Batch-Transact gets). */
  items: number;
  /** Bytes of the response body (what a read returned). */
  responseBytes: number;
}

const WRITES = new Set(["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"]);
const READS = new Set(["GetItem", "Query", "Scan", "BatchGetItem"]);

/**
 * On-demand request units for one call, by the documented sizing: a write costs ceil(item/1 KB) units per
 * item (twice inside a transaction); a read ceil(bytes/4 KB), at least 1, counted as strongly consistent
 * (an upper bound: eventually consistent reads cost half). `itemBytes` is the item size measured.
 */
export function requestUnits(call: DynamoCall, itemBytes: number): { read: number; write: number } {
  const perItemWrite = Math.max(1, Math.ceil(itemBytes / 1024));
  const readFor = (bytes: number) => Math.max(1, Math.ceil(bytes / 4096));
  if (WRITES.has(call.command)) return { read: 0, write: perItemWrite * Math.max(1, call.items) };
  if (call.command === "TransactWriteItems")
    return { read: 0, write: 2 * perItemWrite * Math.max(1, call.items) };
  if (READS.has(call.command)) return { read: readFor(call.responseBytes), write: 0 };
  if (call.command === "TransactGetItems") return { read: 2 * Math.max(1, call.items), write: 0 };
  return { read: 0, write: 0 };
}
