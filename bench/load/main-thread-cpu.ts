import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's utime and stime: 100 on Linux (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time of this process's main thread (the handlers, the gateway, the Scheduler emulator and the
 * bench's client) in microseconds, from /proc (10 ms resolution); undefined where there is no /proc.
 * process.cpuUsage() counts every thread, the emulator thread and V8's compiler and GC helpers included;
 * the main thread is the one whose CPU bounds the stack's throughput.
 */
export function mainThreadCpuMicros(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at the state; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1_000_000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
