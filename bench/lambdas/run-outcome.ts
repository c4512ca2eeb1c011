import { RESULT_MARKER } from "./run-once-source.js";

export interface RunOutcome {
  initMs: number;
  firstInvokeMs: number;
  /** Why the run does not count: the handler threw, answered an error, or printed no figures. */
  failure?: string;
}

/** Reads a run's figures from its stdout; a handler error or a 4xx/5xx answer makes it a failure. */
export function runOutcome(stdout: string): RunOutcome {
  const line = stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith(RESULT_MARKER));
  if (!line) return { initMs: Number.NaN, firstInvokeMs: Number.NaN, failure: "printed no figures" };
  const r = JSON.parse(line.slice(RESULT_MARKER.length)) as {
    initMs: number;
    firstInvokeMs: number;
    statusCode?: number;
    error?: string;
  };
  const failure = r.error
    ? `threw ${r.error.split("\n")[0]}`
    : r.statusCode !== undefined && r.statusCode >= 400
      ? `answered ${r.statusCode}`
      : undefined;
  return { initMs: r.initMs, firstInvokeMs: r.firstInvokeMs, ...(failure ? { failure } : {}) };
}
