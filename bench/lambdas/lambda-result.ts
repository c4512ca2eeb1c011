import { median } from "./median.js";

/** One series of cold starts: wall and CPU time of the import, and of import plus the first event. */
export interface ColdStartSeries {
  initMs: readonly number[];
  firstInvokeMs: readonly number[];
  initCpuMs: readonly number[];
  firstInvokeCpuMs: readonly number[];
}

/** What one Lambda's interleaved runs measured: sizes once, times once per run. */
export interface LambdaSamples {
  entry: string;
  bundleBytes: number;
  baselineBytes: number;
  bundle: ColdStartSeries;
  baseline: ColdStartSeries;
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
  /** The same in CPU time, steadier than wall time on a machine shared with other work. */
  initCpuMs: number;
  baselineInitCpuMs: number;
  initCpuRatio: number;
  firstInvokeCpuMs: number;
  baselineFirstInvokeCpuMs: number;
  firstInvokeCpuRatio: number;
  runs: number;
}

const tenth = (ms: number) => Math.round(ms * 10) / 10;
const hundredth = (ratio: number) => Math.round(ratio * 100) / 100;

/** Medians of a figure for the bundle and its baseline (0.1 ms), and the ratio of the medians (0.01). */
function compare(bundle: readonly number[], baseline: readonly number[]) {
  const a = median(bundle);
  const b = median(baseline);
  return [tenth(a), tenth(b), hundredth(a / b)] as const;
}

/**
 * Medians of the runs and the ratios of the medians. A run that failed leaves no sample; `runs` is the
 * fewest samples of any series, so a row built on too few says so.
 */
export function lambdaResult(s: LambdaSamples): LambdaResult {
  const [initMs, baselineInitMs, initRatio] = compare(s.bundle.initMs, s.baseline.initMs);
  const [firstInvokeMs, baselineFirstInvokeMs, firstInvokeRatio] = compare(
    s.bundle.firstInvokeMs,
    s.baseline.firstInvokeMs,
  );
  const [initCpuMs, baselineInitCpuMs, initCpuRatio] = compare(s.bundle.initCpuMs, s.baseline.initCpuMs);
  const [firstInvokeCpuMs, baselineFirstInvokeCpuMs, firstInvokeCpuRatio] = compare(
    s.bundle.firstInvokeCpuMs,
    s.baseline.firstInvokeCpuMs,
  );
  return {
    entry: s.entry,
    bundleBytes: s.bundleBytes,
    baselineBytes: s.baselineBytes,
    bundleOverBaselineBytes: s.bundleBytes - s.baselineBytes,
    initMs,
    baselineInitMs,
    initRatio,
    firstInvokeMs,
    baselineFirstInvokeMs,
    firstInvokeRatio,
    initCpuMs,
    baselineInitCpuMs,
    initCpuRatio,
    firstInvokeCpuMs,
    baselineFirstInvokeCpuMs,
    firstInvokeCpuRatio,
    runs: Math.min(...[s.bundle, s.baseline].flatMap((x) => Object.values(x).map((v) => v.length))),
  };
}
