export interface ConcurrentRun<T> {
  results: T[];
  /** Wall-clock milliseconds for the whole run. */
  elapsedMs: number;
  /** Tasks not started because the time budget ran out. */
  skipped: number;
}

/**
 * Runs task(0..count-1) with at most `concurrency` in flight, starting no new task once `budgetMs` has
 * passed (so a slow stack bounds the bench's time instead of stretching it).
 */
export async function runConcurrently<T>(
  count: number,
  concurrency: number,
  budgetMs: number,
  task: (i: number) => Promise<T>,
): Promise<ConcurrentRun<T>> {
  const results: T[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count && performance.now() - started < budgetMs) {
      const i = next++;
      results.push(await task(i));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { results, elapsedMs: performance.now() - started, skipped: count - next };
}
