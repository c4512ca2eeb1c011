/** One candidate in the index: a schedule key and the instant (epoch ms) it was due when indexed. */
export interface DueEntry {
  key: string;
  at: number;
}

const before = (a: DueEntry, b: DueEntry): boolean => a.at < b.at || (a.at === b.at && a.key < b.key);

/**
 * A min-heap of due times, ordered by (time, key). Entries are never updated in place: a changed
 * schedule is pushed again and the caller's `isCurrent` discards stale entries as they surface, so
 * each change costs O(log n) whatever the number of schedules, instead of a scan of all of them.
 */
export class DueIndex {
  private heap: DueEntry[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(entry: DueEntry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as DueEntry;
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  /** The earliest current entry, if any (stale ones on top are dropped on the way). */
  peek(isCurrent: (entry: DueEntry) => boolean): DueEntry | undefined {
    for (;;) {
      const top = this.heap[0];
      if (top === undefined || isCurrent(top)) return top;
      this.pop();
    }
  }

  /** Removes and returns the earliest current entry if it is due at or before `limit`. */
  take(limit: number, isCurrent: (entry: DueEntry) => boolean): DueEntry | undefined {
    const top = this.peek(isCurrent);
    if (top === undefined || top.at > limit) return undefined;
    this.pop();
    return top;
  }

  /** Replaces the whole content (used to shed stale entries once they outnumber live ones). */
  rebuild(entries: DueEntry[]): void {
    this.heap = [];
    for (const e of entries) this.push(e);
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const rEntry = heap[r];
      const child = rEntry !== undefined && before(rEntry, heap[l] as DueEntry) ? r : l;
      const c = heap[child] as DueEntry;
      if (!before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
  }
}
