import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";

/** One DynamoDB request the store answered 200: its operation (`PutItem`, ...) and its JSON body as sent. */
export interface JournalEntry {
  op: string;
  body: string;
}

function parseLine(line: string): JournalEntry | undefined {
  try {
    const e = JSON.parse(line) as Partial<JournalEntry>;
    return typeof e.op === "string" && typeof e.body === "string" ? { op: e.op, body: e.body } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The local store's durable state: an append-only file of the write requests it applied, one JSON line
 * each, written before the answer leaves, so a write a client saw succeed survives a kill -9. Replaying it
 * in order on an empty store rebuilds the same items (every write of one item was applied in this order,
 * and a write's condition only looks at its own item). A torn last line (the process died mid-append) is
 * ignored: its request was never answered.
 */
export class WriteJournal {
  private fd: number;
  private bytes: number;

  private constructor(
    private readonly file: string,
    bytes: number,
  ) {
    this.fd = openSync(file, "a");
    this.bytes = bytes;
  }

  /** Opens (or creates) the journal at `file`, with the entries it already holds. */
  static open(file: string): { journal: WriteJournal; entries: JournalEntry[] } {
    const text = existsSync(file) ? readFileSync(file, "utf8") : "";
    const entries: JournalEntry[] = [];
    for (const line of text.split("\n")) {
      if (!line) continue;
      const entry = parseLine(line);
      if (entry) entries.push(entry);
    }
    return { journal: new WriteJournal(file, Buffer.byteLength(text)), entries };
  }

  /** Bytes in the file now. */
  get size(): number {
    return this.bytes;
  }

  append(op: string, body: string): void {
    const line = `${JSON.stringify({ op, body })}\n`;
    this.bytes += writeSync(this.fd, line);
  }

  /** Replaces the whole journal by `entries` (a snapshot of the store), atomically: write aside, rename. */
  replaceWith(entries: readonly JournalEntry[]): void {
    const aside = `${this.file}.next`;
    const fd = openSync(aside, "w");
    let bytes = 0;
    try {
      for (const e of entries) bytes += writeSync(fd, `${JSON.stringify(e)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    closeSync(this.fd);
    renameSync(aside, this.file);
    this.fd = openSync(this.file, "a");
    this.bytes = bytes;
  }

  close(): void {
    closeSync(this.fd);
  }
}
