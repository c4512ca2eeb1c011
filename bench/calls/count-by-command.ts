import type { SeenCall } from "./counting-proxy.js";

/** Counts by "Service Command", sorted by service then command. */
export function countByCommand(calls: SeenCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls)
    counts.set(`${c.service} ${c.command}`, (counts.get(`${c.service} ${c.command}`) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
