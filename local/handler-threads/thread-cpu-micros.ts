import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's utime and stime: 100 on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time of the calling thread in microseconds, from /proc/thread-self (10 ms resolution); undefined where
 * there is no /proc. Each handler thread reports its own, so the bench can say how busy each thread was.
 */
export function threadCpuMicros(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // Fields after the command name (which may hold spaces) start at the state; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1_000_000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
