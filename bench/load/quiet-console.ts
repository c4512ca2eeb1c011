export interface QuietRun<T> {
  value: T;
  errorLines: number;
  /** JSON log lines by `message` (and `result`, `reason` when there), e.g. "step processed: sent". */
  outcomes: Record<string, number>;
}

/**
 * Swallows console output (the handlers log a JSON line per request and per email) while `run` runs,
 * tallying what the lines say, so the bench prints figures, not thousands of logs.
 */
export async function quietConsole<T>(run: () => Promise<T>): Promise<QuietRun<T>> {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  let errorLines = 0;
  const outcomes: Record<string, number> = {};
  const tally = (first: unknown) => {
    if (typeof first !== "string" || !first.startsWith("{")) return;
    try {
      const line = JSON.parse(first) as { message?: unknown; result?: unknown; reason?: unknown };
      if (typeof line.message !== "string") return;
      let key = typeof line.result === "string" ? `${line.message}: ${line.result}` : line.message;
      if (typeof line.reason === "string") {
        // One bucket per kind of reason, not per address or step.
        const kind = line.reason
          .replace(/\S+@\S+/g, "<address>")
          .replace(/\s*\(s\d+\)/g, "")
          .split(";")[0];
        key += ` (${kind})`;
      }
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    } catch {
      // Not one of the handlers' JSON lines.
    }
  };
  console.log = console.info = console.warn = tally;
  console.error = (first: unknown) => {
    errorLines++;
    tally(first);
  };
  try {
    return { value: await run(), errorLines, outcomes };
  } finally {
    Object.assign(console, saved);
  }
}
