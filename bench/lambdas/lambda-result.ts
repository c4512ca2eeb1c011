import { median } from "./median.js";

/** What one Lambda's interleaved runs measured: sizes once, times once per run. */
export interface LambdaSamples {
  entry: string;
  bundleBytes: number;
  baselineBytes: number;
  initMs: readonly number[];
  baselineInitMs: readonly number[];
  firstInvokeMs: readonly number[];
  baselineFirstInvokeMs: readonly number[];
}

/** One row of bench/results.json: medians, and the bundle against its SDK-only baseline. */
export interface LambdaResult {
  entry: string;
  bundleBytes: number;
  baselineBytes: number;
  bundleOverBaselineBytes: number;
  initMs: number;
  baselineInitMs: number;
  initRatio: number;
  firstInvokeMs: number;
  baselineFirstInvokeMs: number;
  firstInvokeRatio: number;
  runs: number;
}

const tenth = (ms: number) => Math.round(ms * 10) / 10;
const hundredth = (ratio: number) => Math.round(ratio * 100) / 100;

/**
 * Medians of the runs (rounded to 0.1 ms) and the ratios of the medians (to 0.01). A run that failed
 * leaves no sample; `runs` is the fewest samples of any series, so a row built on too few says so.
 */
export function lambdaResult(s: LambdaSamples): LambdaResult {
  const initMs = median(s.initMs);
  const baselineInitMs = median(s.baselineInitMs);
  const firstInvokeMs = median(s.firstInvokeMs);
  const baselineFirstInvokeMs = median(s.baselineFirstInvokeMs);
  return {
    entry: s.entry,
    bundleBytes: s.bundleBytes,
    baselineBytes: s.baselineBytes,
    bundleOverBaselineBytes: s.bundleBytes - s.baselineBytes,
    initMs: tenth(initMs),
    baselineInitMs: tenth(baselineInitMs),
    initRatio: hundredth(initMs / baselineInitMs),
    firstInvokeMs: tenth(firstInvokeMs),
    baselineFirstInvokeMs: tenth(baselineFirstInvokeMs),
    firstInvokeRatio: hundredth(firstInvokeMs / baselineFirstInvokeMs),
    runs: Math.min(
      s.initMs.length,
      s.baselineInitMs.length,
      s.firstInvokeMs.length,
      s.baselineFirstInvokeMs.length,
    ),
  };
}
