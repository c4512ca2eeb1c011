import { RESULT_MARKER } from "./run-once-source.js";

export interface RunOutcome {
  initMs: number;
  firstInvokeMs: number;
  /** CPU time of the process (all threads) over the same spans: what a busy machine barely changes. */
  initCpuMs: number;
  firstInvokeCpuMs: number;
  /** A baseline's calls that failed (replayed against the state the Lambda left). */
  failedCalls?: number;
  /** Why the run does not count: the handler threw, answered an error, or printed no figures. */
  failure?: string;
}

/** A run that measured nothing. */
export const NO_FIGURES = {
  initMs: Number.NaN,
  firstInvokeMs: Number.NaN,
  initCpuMs: Number.NaN,
  firstInvokeCpuMs: Number.NaN,
};

/** Reads a run's figures from its stdout; a handler error or a 4xx/5xx answer makes it a failure. */
export function runOutcome(stdout: string): RunOutcome {
  const line = stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith(RESULT_MARKER));
  if (!line) return { ...NO_FIGURES, failure: "printed no figures" };
  const r = JSON.parse(line.slice(RESULT_MARKER.length)) as {
    initMs: number;
    firstInvokeMs: number;
    initCpuMs: number;
    firstInvokeCpuMs: number;
    statusCode?: number;
    failedCalls?: number;
    error?: string;
  };
  const failure = r.error
    ? `threw ${r.error.split("\n")[0]}`
    : r.statusCode !== undefined && r.statusCode >= 400
      ? `answered ${r.statusCode}`
      : undefined;
  const figures = {
    initMs: r.initMs,
    firstInvokeMs: r.firstInvokeMs,
    initCpuMs: r.initCpuMs,
    firstInvokeCpuMs: r.firstInvokeCpuMs,
  };
  return {
    ...figures,
    ...(typeof r.failedCalls === "number" ? { failedCalls: r.failedCalls } : {}),
    ...(failure ? { failure } : {}),
  };
}
