import type { Claim } from "./arrival-order.js";

/** The key attribute names of a table (hash first), or undefined when not known (yet). */
export type KeyNamesOf = (table: string) => readonly string[] | undefined;

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A canonical string for an item's key, or undefined when it cannot be told for sure (unknown table, a
 * missing or non-string key attribute): the caller then claims the whole table, which is always safe.
 * Only S keys are canonical as sent; N and B have several spellings of one value ("1" and "1.0").
 */
function itemKey(keyNames: readonly string[] | undefined, record: unknown): string | undefined {
  if (!keyNames || !isRecord(record)) return undefined;
  const parts: string[] = [];
  for (const name of keyNames) {
    const value = record[name];
    if (!isRecord(value)) return undefined;
    const types = Object.keys(value);
    if (types.length !== 1 || types[0] !== "S" || typeof value.S !== "string") return undefined;
    parts.push(value.S);
  }
  return JSON.stringify(parts);
}

function itemClaim(table: string, keyNamesOf: KeyNamesOf, record: unknown, write: boolean): Claim {
  const item = itemKey(keyNamesOf(table), record);
  return item === undefined ? { table, write } : { table, item, write };
}

/**
 * What a DynamoDB request (operation from X-Amz-Target, parsed JSON body) reads or writes, for
 * ArrivalOrder. A request whose shape is not understood claims nothing only when the emulator is sure to
 * reject it without touching data (no table name); otherwise it claims whole tables.
 */
export function requestClaims(operation: string, body: unknown, keyNamesOf: KeyNamesOf): Claim[] {
  if (!isRecord(body)) return [];
  const table = typeof body.TableName === "string" ? body.TableName : undefined;
  switch (operation) {
    case "PutItem":
      return table === undefined ? [] : [itemClaim(table, keyNamesOf, body.Item, true)];
    case "UpdateItem":
    case "DeleteItem":
      return table === undefined ? [] : [itemClaim(table, keyNamesOf, body.Key, true)];
    case "GetItem":
      return table === undefined ? [] : [itemClaim(table, keyNamesOf, body.Key, false)];
    case "Query":
    case "Scan":
      return table === undefined ? [] : [{ table, write: false }];
    case "CreateTable":
    case "DeleteTable":
    case "UpdateTable":
      return table === undefined ? [] : [{ table, write: true }];
    case "BatchWriteItem":
      return batchClaims(body.RequestItems, (t, entry) => {
        if (!isRecord(entry)) return [{ table: t, write: true }];
        const put = isRecord(entry.PutRequest) ? entry.PutRequest.Item : undefined;
        const del = isRecord(entry.DeleteRequest) ? entry.DeleteRequest.Key : undefined;
        return [itemClaim(t, keyNamesOf, put ?? del, true)];
      });
    case "BatchGetItem":
      return batchClaims(
        body.RequestItems,
        (t, entry) => {
          const keys = isRecord(entry) && Array.isArray(entry.Keys) ? entry.Keys : undefined;
          if (!keys) return [{ table: t, write: false }];
          return keys.map((key) => itemClaim(t, keyNamesOf, key, false));
        },
        true,
      );
    default:
      return [];
  }
}

/** Claims of a Batch*Item request: RequestItems maps a table to a list of writes, or to one get entry. */
function batchClaims(
  requestItems: unknown,
  claimsOf: (table: string, entry: unknown) => Claim[],
  oneEntryPerTable = false,
): Claim[] {
  if (!isRecord(requestItems)) return [];
  const claims: Claim[] = [];
  for (const [table, entries] of Object.entries(requestItems)) {
    if (oneEntryPerTable) claims.push(...claimsOf(table, entries));
    else if (Array.isArray(entries)) for (const entry of entries) claims.push(...claimsOf(table, entry));
    else claims.push({ table, write: true });
  }
  return claims;
}
