/**
 * Swallows console output (the handlers log a JSON line per request and per email) while `run` runs,
 * counting the error lines, so the bench prints figures, not thousands of logs.
 */
export async function quietConsole<T>(run: () => Promise<T>): Promise<{ value: T; errorLines: number }> {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  let errorLines = 0;
  console.log = console.info = console.warn = () => {};
  console.error = () => {
    errorLines++;
  };
  try {
    return { value: await run(), errorLines };
  } finally {
    Object.assign(console, saved);
  }
}
