import type { LambdaResult } from "./lambda-result.js";
import { missedTargets } from "./lambda-targets.js";

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const x = (v: number) => `${v.toFixed(2)}x`;

/** The printed table: one line per Lambda, sizes in KB (1,024 bytes), medians, ratios, what it misses. */
export function resultTable(rows: readonly LambdaResult[]): string[] {
  const header = [
    "lambda",
    "bundle",
    "baseline",
    "over",
    "init",
    "base init",
    "ratio",
    "1st invoke",
    "base 1st",
    "ratio",
    "targets",
  ];
  const lines = rows.map((r) => [
    r.entry,
    kb(r.bundleBytes),
    kb(r.baselineBytes),
    kb(r.bundleOverBaselineBytes),
    ms(r.initMs),
    ms(r.baselineInitMs),
    x(r.initRatio),
    ms(r.firstInvokeMs),
    ms(r.baselineFirstInvokeMs),
    x(r.firstInvokeRatio),
    missedTargets(r).length === 0 ? "met" : `missed: ${missedTargets(r).join("; ")}`,
  ]);
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => (l[i] ?? "").length)));
  return all.map((l) =>
    l
      .map((cell, i) =>
        i === 0 || i === l.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
}
