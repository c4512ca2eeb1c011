import type { SeenCall } from "./counting-proxy.js";
import { itemsIn } from "./items-in.js";
import { readUnits } from "./request-units.js";
import { writeUnits } from "./write-units.js";

export interface Units {
  read: number;
  /** Table and index write units together. */
  write: number;
  /** Of `write`: the table's own, then each index's. */
  tableWrite: number;
  indexWrite: Record<string, number>;
}

const WRITES = new Set(["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"]);

/**
 * Read and write request units of the DynamoDB calls in `calls`. Every write must have been observed (its
 * item before and after, see DynamoWriteObserver): a write's cost depends on what it changed.
 */
export function unitsOf(calls: SeenCall[]): Units {
  const units: Units = { read: 0, write: 0, tableWrite: 0, indexWrite: {} };
  for (const c of calls) {
    if (c.service !== "DynamoDB") continue;
    if (WRITES.has(c.command)) {
      if (!c.write) throw new Error(`A ${c.command} was not observed: its write units cannot be known`);
      const u = writeUnits(c.write);
      units.tableWrite += u.table;
      units.write += u.table;
      for (const [index, n] of Object.entries(u.indexes)) {
        units.indexWrite[index] = (units.indexWrite[index] ?? 0) + n;
        units.write += n;
      }
      continue;
    }
    units.read += readUnits({
      command: c.command,
      items: itemsIn(c.command, c.requestBody),
      responseBytes: c.responseBytes,
    });
  }
  return units;
}
