import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";

export interface JournalLines {
  /** Complete lines, in order, without their newline. */
  lines: string[];
  /** A last line without its newline: the write that a crash cut short. */
  tornTail?: string;
}

/**
 * An append-only file of newline-terminated lines. Each append is one synchronous write, so a line
 * acknowledged to a caller is in the OS before the next await (it survives the process dying; with
 * `fsync` it also survives the machine losing power).
 */
export class JournalFile {
  private bytes: number;

  private constructor(
    private readonly fd: number,
    private readonly fsync: boolean,
  ) {
    this.bytes = fstatSync(fd).size;
  }

  static open(file: string, fsync: boolean): JournalFile {
    return new JournalFile(openSync(file, "a+"), fsync);
  }

  /** Everything written so far; a partial last line is reported apart, never as a line. */
  static read(file: string): JournalLines {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { lines: [] };
      throw err;
    }
    const lines = text.split("\n");
    const last = lines.pop() ?? "";
    return last === "" ? { lines } : { lines, tornTail: last };
  }

  get size(): number {
    return this.bytes;
  }

  append(line: string): void {
    const buf = Buffer.from(`${line}\n`, "utf8");
    // "a+" makes every write land at the end, whatever a torn tail left behind.
    let written = 0;
    while (written < buf.length) written += writeSync(this.fd, buf, written);
    if (this.fsync) fsyncSync(this.fd);
    this.bytes += buf.length;
  }

  truncate(): void {
    ftruncateSync(this.fd, 0);
    if (this.fsync) fsyncSync(this.fd);
    this.bytes = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
