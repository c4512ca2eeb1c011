import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  getProcessClockOffset,
  processClock,
  setProcessClockOffset,
} from "../shared/adapters/process-clock.js";

/**
 * The local stack's clock: the process clock shifted forward on purpose, with the shift persisted so a
 * restart keeps the stack's "today". It never goes backwards.
 */
export class LocalClock {
  private readonly file: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, "clock.json");
    try {
      const saved = JSON.parse(readFileSync(this.file, "utf8")) as { offsetMs?: unknown };
      if (typeof saved.offsetMs === "number" && Number.isFinite(saved.offsetMs))
        setProcessClockOffset(saved.offsetMs);
    } catch {
      setProcessClockOffset(0);
    }
  }

  now(): Date {
    return processClock.now();
  }

  /** Moves the clock to `t` (if later than now) and persists the shift. */
  setNow(t: Date): void {
    const offset = t.getTime() - Date.now();
    if (offset <= getProcessClockOffset()) return;
    setProcessClockOffset(offset);
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ offsetMs: offset }));
    renameSync(tmp, this.file);
  }
}
