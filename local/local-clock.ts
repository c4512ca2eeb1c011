import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  getProcessClockOffset,
  processClock,
  setProcessClockOffset,
} from "../shared/adapters/process-clock.js";

/** How far the local stack's clock kept in `dataDir` runs ahead of real time (0 if it was never moved). */
export function localClockOffset(dataDir: string): number {
  try {
    const saved = JSON.parse(readFileSync(join(dataDir, CLOCK_FILE), "utf8")) as { offsetMs?: unknown };
    if (typeof saved.offsetMs === "number" && Number.isFinite(saved.offsetMs)) return saved.offsetMs;
  } catch {
    // No clock file: the stack's clock was never moved.
  }
  return 0;
}

const CLOCK_FILE = "clock.json";

/**
 * The local stack's clock: the process clock shifted forward on purpose, with the shift persisted so a
 * restart keeps the stack's "today". It never goes backwards.
 */
export class LocalClock {
  private readonly file: string;
  private readonly moved: Array<(offsetMs: number) => void> = [];

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, CLOCK_FILE);
    setProcessClockOffset(localClockOffset(dataDir));
  }

  /** Calls `listener` with the new offset from real time each time the clock moves (handler threads). */
  onMove(listener: (offsetMs: number) => void): void {
    this.moved.push(listener);
  }

  /** How far the clock runs ahead of real time. */
  offsetMs(): number {
    return getProcessClockOffset();
  }

  now(): Date {
    return processClock.now();
  }

  /** Moves the clock to `t` (if later than now) and persists the shift. */
  setNow(t: Date): void {
    const offset = t.getTime() - Date.now();
    if (offset <= getProcessClockOffset()) return;
    setProcessClockOffset(offset);
    for (const listener of this.moved) listener(offset);
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ offsetMs: offset }));
    renameSync(tmp, this.file);
  }
}
