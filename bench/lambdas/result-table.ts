import type { LambdaResult } from "./lambda-result.js";
import { missedTargets } from "./lambda-targets.js";

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en-US")} KB`;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const x = (v: number) => `${v.toFixed(2)}x`;

/**
 * The results as a Markdown table (printed by the bench, pasted into the README): sizes in KB of 1,024
 * bytes, medians with the baseline's beside them, ratios (then the same ratios in CPU time, init / first
 * invoke), and which targets a Lambda misses.
 */
export function resultTable(rows: readonly LambdaResult[]): string[] {
  const header = [
    "Lambda",
    "bundle",
    "SDK baseline",
    "over",
    "init (baseline)",
    "ratio",
    "first invoke (baseline)",
    "ratio",
    "CPU ratios",
    "misses",
  ];
  const lines = rows.map((r) => {
    const missed = missedTargets(r);
    return [
      `\`${r.entry.replace(/^functions\//, "")}\``,
      kb(r.bundleBytes),
      kb(r.baselineBytes),
      kb(r.bundleOverBaselineBytes),
      `${ms(r.initMs)} (${ms(r.baselineInitMs)})`,
      x(r.initRatio),
      `${ms(r.firstInvokeMs)} (${ms(r.baselineFirstInvokeMs)})`,
      x(r.firstInvokeRatio),
      `${x(r.initCpuRatio)} / ${x(r.firstInvokeCpuRatio)}`,
      missed.length === 0
        ? "none"
        : missed
            .map((m) => (m.startsWith("bundle") ? "size" : m.startsWith("init") ? "init" : "invoke"))
            .join(", "),
    ];
  });
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, i) => (i === 0 || i === header.length - 1 ? "---" : "---:")).join("|")}|`,
    ...lines.map((l) => `| ${l.join(" | ")} |`),
  ];
}
