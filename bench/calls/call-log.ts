import type { SeenCall } from "./counting-proxy.js";
import { type DynamoCall, requestUnits } from "./request-units.js";

/** Items a DynamoDB request names: one, or the entries of a transaction or batch. */
export function itemsIn(command: string, body: string): number {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return 1;
  }
  if (command.startsWith("Transact") && Array.isArray(parsed.TransactItems))
    return parsed.TransactItems.length;
  const batch = parsed.RequestItems;
  if (batch && typeof batch === "object") {
    return Object.values(batch as Record<string, unknown>).reduce<number>((n, v) => {
      if (Array.isArray(v)) return n + v.length;
      const keys = (v as { Keys?: unknown[] }).Keys;
      return n + (Array.isArray(keys) ? keys.length : 0);
    }, 0);
  }
  return 1;
}

/** Byte sizes (as DynamoDB JSON, a slight over-estimate of DynamoDB's own sizing) of the items a request writes. */
export function itemSizesIn(body: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const sizes: number[] = [];
  const visit = (v: unknown) => {
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (o.Item && typeof o.Item === "object") sizes.push(Buffer.byteLength(JSON.stringify(o.Item)));
    for (const child of Object.values(o)) if (child && typeof child === "object") visit(child);
  };
  visit(parsed);
  return sizes;
}

/** Counts by "Service Command", sorted by service then command. */
export function countByCommand(calls: SeenCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls)
    counts.set(`${c.service} ${c.command}`, (counts.get(`${c.service} ${c.command}`) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

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
