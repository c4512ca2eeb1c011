const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** This process's resident and heap memory in MB (after a full GC when node runs with --expose-gc). */
export function memoryNow(): { rssMb: number; heapUsedMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) };
}
