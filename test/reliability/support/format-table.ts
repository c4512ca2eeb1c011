import type { ScenarioFigures } from "./figures.js";
import { failedChecks } from "./figures.js";

const COLUMNS: [string, (f: ScenarioFigures) => string | number][] = [
  ["scenario", (f) => f.scenario],
  ["attempts", (f) => f.attempts],
  ["duplicate emails", (f) => f.duplicateEmails],
  ["emails after stop", (f) => f.emailsAfterStop],
  ["lost steps", (f) => f.lostSteps],
  ["wrong stops", (f) => f.wrongStops],
  ["5xx", (f) => f.fiveXx],
  ["half-written", (f) => f.halfWritten],
  ["other", (f) => f.other],
  ["result", (f) => (failedChecks(f).length === 0 ? "ok" : "FAIL")],
  ["s", () => ""],
];

/** The reliability table: one row per scenario, every column but the first two must read 0. */
export function formatTable(rows: readonly { figures: ScenarioFigures; seconds: number }[]): string {
  const cells = rows.map(({ figures, seconds }) =>
    COLUMNS.map(([name, get]) => String(name === "s" ? seconds : get(figures))),
  );
  const widths = COLUMNS.map(([name], i) => Math.max(name.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (values: string[]) =>
    `| ${values.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join(" | ")} |`;
  return [
    line(COLUMNS.map(([name]) => name)),
    `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...cells.map(line),
  ].join("\n");
}
