import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  type DeadLetterRecord,
  type GroupRecord,
  type ScheduleRecord,
  type SchedulerState,
  schedulerStateSchema,
} from "./scheduler-schemas.js";

export const scheduleKey = (groupName: string, name: string): string => `${groupName}/${name}`;

/**
 * The emulator's whole state, in memory and in `<dataDir>/scheduler.json`. Saving is synchronous on
 * purpose: the file is small, and a save that completes before the next await means the disk never
 * lags behind an answer already sent (a schedule acknowledged to the SDK survives a crash).
 */
export class SchedulerStore {
  readonly groups = new Map<string, GroupRecord>();
  readonly schedules = new Map<string, ScheduleRecord>();
  readonly deadLetters: DeadLetterRecord[] = [];

  private constructor(readonly file: string) {}

  static open(dataDir: string): SchedulerStore {
    mkdirSync(dataDir, { recursive: true });
    const store = new SchedulerStore(path.join(dataDir, "scheduler.json"));
    let text: string;
    try {
      text = readFileSync(store.file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return store;
      throw err;
    }
    // A damaged file stops start-up rather than being silently replaced by an empty state.
    let parsed: SchedulerState;
    try {
      parsed = schedulerStateSchema.parse(JSON.parse(text));
    } catch (err) {
      throw new Error(`${store.file} is not a valid scheduler state file: ${(err as Error).message}`);
    }
    for (const g of parsed.groups) store.groups.set(g.name, g);
    for (const s of parsed.schedules) store.schedules.set(scheduleKey(s.groupName, s.name), s);
    store.deadLetters.push(...parsed.deadLetters);
    return store;
  }

  save(): void {
    const state: SchedulerState = {
      version: 1,
      groups: [...this.groups.values()],
      schedules: [...this.schedules.values()],
      deadLetters: this.deadLetters,
    };
    // Write-then-rename so a crash mid-write leaves the previous complete file, never a truncated one.
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(tmp, this.file);
  }
}
