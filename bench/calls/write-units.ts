import { isDeepStrictEqual } from "node:util";
import { type ItemJson, itemBytes } from "./dynamo-item-bytes.js";

export interface IndexShape {
  name: string;
  /** The index's key attributes (partition, then sort). */
  keys: string[];
  projection: "ALL" | "KEYS_ONLY" | { include: string[] };
}

/** What a write's cost depends on: the table's key attributes and its global secondary indexes. */
export interface TableShape {
  keys: string[];
  indexes: IndexShape[];
}

/** One PutItem, UpdateItem or DeleteItem with the item as it was just before and just after it. */
export interface ObservedWrite {
  table: TableShape;
  before: ItemJson | undefined;
  after: ItemJson | undefined;
  /** `conditionFailed`: refused by its condition (still billed); `rejected`: any other error (not billed). */
  outcome: "applied" | "conditionFailed" | "rejected";
}

export interface WriteUnits {
  table: number;
  /** Units each index consumed (0: the write did not touch it). */
  indexes: Record<string, number>;
}

/** Write request units for an item (or index entry) of this many bytes: one per started KB, at least one. */
const units = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** The index entry of `item`: undefined when the item lacks one of the index's keys (a sparse index). */
function entryOf(item: ItemJson | undefined, index: IndexShape, tableKeys: string[]): ItemJson | undefined {
  if (!item || !index.keys.every((k) => item[k] !== undefined)) return undefined;
  if (index.projection === "ALL") return item;
  const include = index.projection === "KEYS_ONLY" ? [] : index.projection.include;
  const names = [...tableKeys, ...index.keys, ...include].filter((n) => item[n] !== undefined);
  return Object.fromEntries(names.map((n) => [n, item[n] as ItemJson[string]]));
}

/**
 * DynamoDB's rules for a write's cost on one global secondary index: an entry appearing or disappearing is
 * one write, an index key changing is two (a delete and a put), a change to projected attributes only is
 * one, and nothing the index holds changing is none; each write sized by its entry (the larger of old and
 * new for an in-place change).
 */
function indexUnits(write: ObservedWrite, index: IndexShape): number {
  const old = entryOf(write.before, index, write.table.keys);
  const next = entryOf(write.after, index, write.table.keys);
  if (!old && !next) return 0;
  if (!old || !next) return units(itemBytes((old ?? next) as ItemJson));
  if (!index.keys.every((k) => isDeepStrictEqual(old[k], next[k])))
    return units(itemBytes(old)) + units(itemBytes(next));
  return isDeepStrictEqual(old, next) ? 0 : units(Math.max(itemBytes(old), itemBytes(next)));
}

/**
 * On-demand write request units of one write, by the documented rules
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.ThroughputConsiderations):
 * the table is billed for the larger of the item before and after (a refused condition: the item as it
 * stands, at least one unit), and every global secondary index the write changes is billed on top.
 */
export function writeUnits(write: ObservedWrite): WriteUnits {
  if (write.outcome === "rejected") return { table: 0, indexes: {} };
  const sized = write.outcome === "applied" ? [write.before, write.after] : [write.before];
  const table = units(Math.max(0, ...sized.filter((i) => i !== undefined).map(itemBytes)));
  if (write.outcome !== "applied") return { table, indexes: {} };
  return {
    table,
    indexes: Object.fromEntries(write.table.indexes.map((i) => [i.name, indexUnits(write, i)])),
  };
}
