import type { UsageView } from "./api-types.js";
import type { Paint } from "./paint.js";

/** `followup usage`: each quota, how much of it is used, and when it resets. */
export function renderUsage(usage: UsageView, paint: Paint): string {
  const rows = Object.entries(usage.quotas).map(([name, q]) => ({
    name,
    used: q.used === null ? `limit ${q.limit}` : `${q.used}/${q.limit}`,
    left: q.remaining === null ? `per ${q.per}` : `${q.remaining} left`,
    resets: q.resetsAt ? `resets ${q.resetsAt}` : "",
    full: q.remaining === 0,
  }));
  const nameW = Math.max(5, ...rows.map((r) => r.name.length));
  const usedW = Math.max(4, ...rows.map((r) => r.used.length));
  const leftW = Math.max(4, ...rows.map((r) => r.left.length));
  const lines = rows.map((r) => {
    const line =
      `${r.name.padEnd(nameW)}  ${r.used.padEnd(usedW)}  ${r.left.padEnd(leftW)}  ${r.resets}`.trimEnd();
    return r.full ? paint.red(line) : line;
  });
  return `${[paint.bold(`Quotas at ${usage.at}`), ...lines].join("\n")}\n`;
}
