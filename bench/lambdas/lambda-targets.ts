import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import type { LambdaResult } from "./lambda-result.js";

/** Issue 12's targets: bytes over the SDK-only baseline (the inbound parser gets more), and time ratios. */
export const OVER_BASELINE_LIMIT_BYTES = 100 * 1024;
export const INBOUND_OVER_BASELINE_LIMIT_BYTES = 250 * 1024;
export const RATIO_LIMIT = 1.25;

const INBOUND_ENTRY = ENTRIES.inbound.entry;

/** The targets a row misses, in words; empty when it meets them all. */
export function missedTargets(row: LambdaResult): string[] {
  const limit = row.entry === INBOUND_ENTRY ? INBOUND_OVER_BASELINE_LIMIT_BYTES : OVER_BASELINE_LIMIT_BYTES;
  const missed: string[] = [];
  if (!(row.bundleOverBaselineBytes <= limit))
    missed.push(
      `bundle ${Math.round(row.bundleOverBaselineBytes / 1024)} KB over baseline > ${limit / 1024} KB`,
    );
  if (!(row.initRatio <= RATIO_LIMIT)) missed.push(`init ${row.initRatio}x > ${RATIO_LIMIT}x`);
  if (!(row.firstInvokeRatio <= RATIO_LIMIT))
    missed.push(`first invoke ${row.firstInvokeRatio}x > ${RATIO_LIMIT}x`);
  return missed;
}

/** The summary line: how many Lambdas meet every target. */
export function targetSummary(rows: readonly LambdaResult[]): string {
  const within = rows.filter((row) => missedTargets(row).length === 0).length;
  return (
    `${within} of ${rows.length} Lambdas within target ` +
    `(bundle <= ${OVER_BASELINE_LIMIT_BYTES / 1024} KB over its SDK baseline, inbound ` +
    `${INBOUND_OVER_BASELINE_LIMIT_BYTES / 1024} KB; init and first-invoke ratios <= ${RATIO_LIMIT})`
  );
}
