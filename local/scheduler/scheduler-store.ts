import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import { type DueEntry, DueIndex } from "./due-index.js";
import { JournalFile } from "./journal-file.js";
import {
  type DeadLetterRecord,
  type GroupRecord,
  type JournalEntry,
  journalEntrySchema,
  type ScheduleRecord,
  type SchedulerState,
  schedulerStateSchema,
} from "./scheduler-schemas.js";

export const scheduleKey = (groupName: string, name: string): string => `${groupName}/${name}`;

/** When a schedule is next up for firing (an interrupted firing first), if it is enabled at all. */
export function dueAtOf(record: ScheduleRecord): number | undefined {
  if (record.state !== "ENABLED") return undefined;
  const due = record.firing?.dueAt ?? record.nextDueAt;
  return due === undefined ? undefined : Date.parse(due);
}

export interface SchedulerStoreOptions {
  /** Compact once the journal is larger than this and than the last snapshot. Default 4 MiB. */
  compactAtBytes?: number;
  /** fsync every journal line and snapshot (survives power loss, much slower). Default false. */
  fsync?: boolean;
}

type Change =
  | { op: "putSchedule"; schedule: ScheduleRecord }
  | { op: "deleteSchedule"; groupName: string; name: string }
  | { op: "putGroup"; group: GroupRecord }
  | { op: "deleteGroup"; name: string }
  | { op: "deadLetter"; deadLetter: DeadLetterRecord };

const DEFAULT_COMPACT_AT_BYTES = 4 * 1024 * 1024;

/**
 * The emulator's whole state, in memory, persisted as a snapshot (`<dataDir>/scheduler.json`) plus an
 * append-only journal of the changes since (`<dataDir>/scheduler.journal`, one JSON line per change).
 * A change costs one line whatever the number of schedules; the journal is folded into a new snapshot
 * at start-up and whenever it outgrows the snapshot, so the work stays proportional to the changes.
 * Each line is written synchronously, before the next await: the disk never lags behind an answer
 * already sent (a schedule acknowledged to the SDK survives a crash). A snapshot from before journals
 * (no `journalSeq`) loads as is.
 */
export class SchedulerStore {
  private readonly groupMap = new Map<string, GroupRecord>();
  private readonly scheduleMap = new Map<string, ScheduleRecord>();
  private readonly deadLetterList: DeadLetterRecord[] = [];
  private readonly dueIndex = new DueIndex();
  private journal: JournalFile | undefined;
  private seq = 0;
  private snapshotBytes = 0;
  private readonly compactAtBytes: number;
  private readonly fsync: boolean;
  readonly journalFile: string;

  private constructor(
    readonly file: string,
    opts: SchedulerStoreOptions,
  ) {
    this.journalFile = file.replace(/\.json$/, ".journal");
    this.compactAtBytes = opts.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES;
    this.fsync = opts.fsync ?? false;
  }

  get groups(): ReadonlyMap<string, GroupRecord> {
    return this.groupMap;
  }

  get schedules(): ReadonlyMap<string, ScheduleRecord> {
    return this.scheduleMap;
  }

  get deadLetters(): readonly DeadLetterRecord[] {
    return this.deadLetterList;
  }

  /** Bytes in the journal now (for tests and benchmarks). */
  get journalBytes(): number {
    return this.journal?.size ?? 0;
  }

  static open(dataDir: string, opts: SchedulerStoreOptions = {}): SchedulerStore {
    mkdirSync(dataDir, { recursive: true });
    const store = new SchedulerStore(path.join(dataDir, "scheduler.json"), opts);
    store.load();
    // Start from a fresh snapshot and an empty journal: replay is paid once, and a torn last line is gone.
    store.compact();
    store.journal = JournalFile.open(store.journalFile, store.fsync);
    store.journal.truncate();
    return store;
  }

  putSchedule(schedule: ScheduleRecord): void {
    this.record({ op: "putSchedule", schedule });
  }

  deleteSchedule(groupName: string, name: string): void {
    this.record({ op: "deleteSchedule", groupName, name });
  }

  putGroup(group: GroupRecord): void {
    this.record({ op: "putGroup", group });
  }

  /** Deletes the group only: delete its schedules first (each is its own change). */
  deleteGroup(name: string): void {
    this.record({ op: "deleteGroup", name });
  }

  addDeadLetter(deadLetter: DeadLetterRecord): void {
    this.record({ op: "deadLetter", deadLetter });
  }

  /**
   * The earliest schedule due at or before `limit` that `isFree` accepts, taken out of the index (a
   * later change to it indexes it again). Stale index entries (changed, deleted, disabled) are skipped.
   */
  takeDue(limit: number, isFree: (record: ScheduleRecord) => boolean): ScheduleRecord | undefined {
    const entry = this.dueIndex.take(limit, (e) => this.isCurrent(e, isFree));
    return entry && this.scheduleMap.get(entry.key);
  }

  /** When the earliest schedule that `isFree` accepts is due (epoch ms), if any. */
  earliestDue(isFree: (record: ScheduleRecord) => boolean): number | undefined {
    return this.dueIndex.peek((e) => this.isCurrent(e, isFree))?.at;
  }

  /** Writes the whole state as a new snapshot and empties the journal. */
  compact(): void {
    const state: SchedulerState = {
      version: 1,
      journalSeq: this.seq,
      groups: [...this.groupMap.values()],
      schedules: [...this.scheduleMap.values()],
      deadLetters: this.deadLetterList,
    };
    const text = `${JSON.stringify(state)}\n`;
    // Write-then-rename so a crash mid-write leaves the previous complete file, never a truncated one.
    // A crash between the rename and the truncation is harmless: journalSeq skips what is now in the snapshot.
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, text);
      if (this.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
    this.snapshotBytes = Buffer.byteLength(text);
    this.journal?.truncate();
    // Stale index entries (rescheduled or deleted schedules) are shed at the same rhythm.
    if (this.dueIndex.size > 2 * this.scheduleMap.size) this.rebuildIndex();
  }

  close(): void {
    this.compact();
    this.journal?.close();
    this.journal = undefined;
  }

  private record(change: Change): void {
    this.apply(change);
    if (!this.journal) return;
    this.seq++;
    this.journal.append(JSON.stringify({ seq: this.seq, ...change }));
    if (this.journal.size > Math.max(this.compactAtBytes, this.snapshotBytes)) this.compact();
  }

  private apply(change: Change): void {
    switch (change.op) {
      case "putSchedule": {
        const s = change.schedule;
        const key = scheduleKey(s.groupName, s.name);
        this.scheduleMap.set(key, s);
        const at = dueAtOf(s);
        if (at !== undefined) this.dueIndex.push({ key, at });
        return;
      }
      case "deleteSchedule":
        this.scheduleMap.delete(scheduleKey(change.groupName, change.name));
        return;
      case "putGroup":
        this.groupMap.set(change.group.name, change.group);
        return;
      case "deleteGroup":
        this.groupMap.delete(change.name);
        return;
      case "deadLetter":
        this.deadLetterList.push(change.deadLetter);
        return;
    }
  }

  private isCurrent(entry: DueEntry, isFree: (record: ScheduleRecord) => boolean): boolean {
    const record = this.scheduleMap.get(entry.key);
    return record !== undefined && dueAtOf(record) === entry.at && isFree(record);
  }

  private rebuildIndex(): void {
    const entries: DueEntry[] = [];
    for (const [key, s] of this.scheduleMap) {
      const at = dueAtOf(s);
      if (at !== undefined) entries.push({ key, at });
    }
    this.dueIndex.rebuild(entries);
  }

  private load(): void {
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      text = "";
    }
    // A damaged file stops start-up rather than being silently replaced by an empty state.
    if (text !== "") {
      let parsed: SchedulerState;
      try {
        parsed = schedulerStateSchema.parse(JSON.parse(text));
      } catch (err) {
        throw new Error(`${this.file} is not a valid scheduler state file: ${(err as Error).message}`);
      }
      for (const g of parsed.groups) this.groupMap.set(g.name, g);
      for (const s of parsed.schedules) this.scheduleMap.set(scheduleKey(s.groupName, s.name), s);
      this.deadLetterList.push(...parsed.deadLetters);
      this.seq = parsed.journalSeq ?? 0;
    }
    this.replayJournal();
    this.rebuildIndex();
  }

  private replayJournal(): void {
    // The last line may be torn (the process died mid-write): that change was never acknowledged.
    const { lines } = JournalFile.read(this.journalFile);
    lines.forEach((line, i) => {
      let entry: JournalEntry;
      try {
        entry = journalEntrySchema.parse(JSON.parse(line));
      } catch (err) {
        throw new Error(
          `${this.journalFile} line ${i + 1} is not a valid journal entry: ${(err as Error).message}`,
        );
      }
      if (entry.seq <= this.seq) return;
      const { seq, ...change } = entry;
      this.seq = seq;
      this.apply(change);
    });
  }
}
