/**
 * What one request touches in the store: one item of a table (`item` set) or the whole table (no `item`),
 * to read or to write.
 */
export interface Claim {
  table: string;
  /** A canonical key string; absent = the whole table. */
  item?: string;
  write: boolean;
}

interface TableState {
  /** The last write of each item, by key, while it runs or waits. */
  itemWrites: Map<string, Promise<void>>;
  /** Every item write of the table that runs or waits. */
  writes: Set<Promise<void>>;
  /** Every whole-table read (Query, Scan) that runs or waits. */
  reads: Set<Promise<void>>;
  /** The last whole-table write (CreateTable, DeleteTable, UpdateTable) while it runs or waits. */
  barrier?: Promise<void>;
}

/**
 * Runs store requests in the order they arrived wherever they touch the same data: writes of one item one
 * at a time, a read of an item only after every write of it that arrived earlier, a Query or Scan only
 * after every earlier write of its table (and no later write of the table before it ends), a table change
 * alone. Requests on different items run concurrently.
 *
 * Every wait is registered synchronously when the request arrives and only ever points at requests that
 * arrived earlier, so there is no deadlock and the order is the arrival order.
 */
export class ArrivalOrder {
  private readonly tables = new Map<string, TableState>();

  async run<T>(claims: readonly Claim[], work: () => Promise<T>): Promise<T> {
    let finish: () => void = () => {};
    const done = new Promise<void>((ok) => {
      finish = ok;
    });
    const waits = new Set<Promise<void>>();
    const undo: Array<() => void> = [];
    for (const claim of claims) this.register(claim, done, waits, undo);
    try {
      if (waits.size > 0) await Promise.all(waits);
      return await work();
    } finally {
      for (const u of undo) u();
      finish();
    }
  }

  /** How many tables still have requests waiting or running (0 when idle; for tests). */
  get busyTables(): number {
    return this.tables.size;
  }

  private state(table: string): TableState {
    let s = this.tables.get(table);
    if (!s) {
      s = { itemWrites: new Map(), writes: new Set(), reads: new Set() };
      this.tables.set(table, s);
    }
    return s;
  }

  private register(claim: Claim, done: Promise<void>, waits: Set<Promise<void>>, undo: Array<() => void>) {
    const s = this.state(claim.table);
    if (s.barrier && s.barrier !== done) waits.add(s.barrier);
    const { item } = claim;
    if (item !== undefined) {
      const previous = s.itemWrites.get(item);
      if (previous && previous !== done) waits.add(previous);
      if (!claim.write) return this.forgetIfIdle(claim.table, s);
      for (const r of s.reads) if (r !== done) waits.add(r);
      s.itemWrites.set(item, done);
      s.writes.add(done);
      undo.push(() => {
        if (s.itemWrites.get(item) === done) s.itemWrites.delete(item);
        s.writes.delete(done);
        this.forgetIfIdle(claim.table, s);
      });
      return;
    }
    for (const w of s.writes) if (w !== done) waits.add(w);
    if (!claim.write) {
      s.reads.add(done);
      undo.push(() => {
        s.reads.delete(done);
        this.forgetIfIdle(claim.table, s);
      });
      return;
    }
    for (const r of s.reads) if (r !== done) waits.add(r);
    s.barrier = done;
    undo.push(() => {
      if (s.barrier === done) s.barrier = undefined;
      this.forgetIfIdle(claim.table, s);
    });
  }

  private forgetIfIdle(table: string, s: TableState) {
    if (s.itemWrites.size === 0 && s.writes.size === 0 && s.reads.size === 0 && !s.barrier) {
      if (this.tables.get(table) === s) this.tables.delete(table);
    }
  }
}
