import type { SeenCall } from "./counting-proxy.js";
import { itemSizesIn } from "./item-sizes-in.js";
import { itemsIn } from "./items-in.js";
import { type DynamoCall, requestUnits } from "./request-units.js";

/** Read and write request units of the DynamoDB calls in `calls`; `itemBytes` sizes writes whose item is not in the request. */
export function unitsOf(calls: SeenCall[], itemBytes: number): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const c of calls) {
    if (c.service !== "DynamoDB") continue;
    const call: DynamoCall = {
      command: c.command,
      items: itemsIn(c.command, c.requestBody),
      responseBytes: c.responseBytes,
    };
    // A put is sized by the item it carries; an update or delete (whose item the proxy does not see) by the largest.
    const own = itemSizesIn(c.requestBody);
    const u = requestUnits(call, own.length > 0 ? Math.max(...own) : itemBytes);
    read += u.read;
    write += u.write;
  }
  return { read, write };
}
