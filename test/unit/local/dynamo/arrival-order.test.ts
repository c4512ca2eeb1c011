import { describe, expect, it } from "vitest";
import { ArrivalOrder, type Claim } from "../../../../local/dynamo/arrival-order.js";

/** Lets every pending promise callback run. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

/** A request whose work starts when its turn comes and ends when the test says so. */
function request(order: ArrivalOrder, claims: Claim[]) {
  let end: (fail?: boolean) => void = () => {};
  const state = { started: false, finished: false };
  const result = order
    .run(claims, () => {
      state.started = true;
      return new Promise<void>((ok, no) => {
        end = (fail) => (fail ? no(new Error("boom")) : ok());
      });
    })
    .then(
      () => {
        state.finished = true;
      },
      () => {
        state.finished = true;
      },
    );
  return {
    state,
    result,
    end: async (fail?: boolean) => {
      end(fail);
      await result;
      await settle();
    },
  };
}

const write = (table: string, item?: string): Claim =>
  item ? { table, item, write: true } : { table, write: true };
const read = (table: string, item?: string): Claim =>
  item ? { table, item, write: false } : { table, write: false };

describe("ArrivalOrder", () => {
  it("runs the writes of one item one at a time, in arrival order", async () => {
    const order = new ArrivalOrder();
    const a = request(order, [write("t", "k")]);
    const b = request(order, [write("t", "k")]);
    const c = request(order, [write("t", "k")]);
    await settle();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([true, false, false]);
    await a.end();
    expect([b.state.started, c.state.started]).toEqual([true, false]);
    await b.end();
    expect(c.state.started).toBe(true);
    await c.end();
    expect(order.busyTables).toBe(0);
  });

  it("runs writes of different items, and of different tables, at once", async () => {
    const order = new ArrivalOrder();
    const a = request(order, [write("t", "k1")]);
    const b = request(order, [write("t", "k2")]);
    const c = request(order, [write("u", "k1")]);
    await settle();
    expect([a.state.started, b.state.started, c.state.started]).toEqual([true, true, true]);
    await Promise.all([a.end(), b.end(), c.end()]);
  });

  it("holds a read of an item until every earlier write of it is done, but a later write does not wait for it", async () => {
    const order = new ArrivalOrder();
    const w1 = request(order, [write("t", "k")]);
    const r = request(order, [read("t", "k")]);
    const other = request(order, [read("t", "k2")]);
    await settle();
    expect(r.state.started).toBe(false);
    expect(other.state.started).toBe(true);
    await w1.end();
    expect(r.state.started).toBe(true);
    const w2 = request(order, [write("t", "k")]);
    await settle();
    expect(w2.state.started).toBe(true);
    await Promise.all([r.end(), w2.end(), other.end()]);
    expect(order.busyTables).toBe(0);
  });

  it("starts a Query after the earlier writes of its table and keeps later writes of the table until it ends", async () => {
    const order = new ArrivalOrder();
    const w = request(order, [write("t", "k1")]);
    const q = request(order, [read("t")]);
    const later = request(order, [write("t", "k2")]);
    const elsewhere = request(order, [write("u", "k2")]);
    await settle();
    expect([q.state.started, later.state.started, elsewhere.state.started]).toEqual([false, false, true]);
    await w.end();
    expect([q.state.started, later.state.started]).toEqual([true, false]);
    await q.end();
    expect(later.state.started).toBe(true);
    await Promise.all([later.end(), elsewhere.end()]);
  });

  it("runs a table change alone", async () => {
    const order = new ArrivalOrder();
    const w = request(order, [write("t", "k")]);
    const q = request(order, [read("t")]);
    const change = request(order, [write("t")]);
    const after = request(order, [read("t", "k")]);
    await settle();
    expect([change.state.started, after.state.started]).toEqual([false, false]);
    await w.end();
    await q.end();
    expect([change.state.started, after.state.started]).toEqual([true, false]);
    await change.end();
    expect(after.state.started).toBe(true);
    await after.end();
    expect(order.busyTables).toBe(0);
  });

  it("takes every item of a batch and never waits on itself", async () => {
    const order = new ArrivalOrder();
    const one = request(order, [write("t", "a")]);
    const batch = request(order, [write("t", "a"), write("t", "b"), write("t", "b"), write("u")]);
    const b = request(order, [write("t", "b")]);
    await settle();
    expect([batch.state.started, b.state.started]).toEqual([false, false]);
    await one.end();
    expect([batch.state.started, b.state.started]).toEqual([true, false]);
    await batch.end();
    expect(b.state.started).toBe(true);
    await b.end();
    expect(order.busyTables).toBe(0);
  });

  it("lets the next request go when a request fails", async () => {
    const order = new ArrivalOrder();
    const a = request(order, [write("t", "k")]);
    const b = request(order, [write("t", "k")]);
    await settle();
    await a.end(true);
    expect(b.state.started).toBe(true);
    await b.end();
    expect(order.busyTables).toBe(0);
  });

  it("never lets a read see fewer writes than arrived before it, whatever order the work ends in", async () => {
    // A deterministic pseudo-random mix of requests on a few items, finished in a shuffled order: each
    // item's counter plays the store; a read records what it sees when its work starts.
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const order = new ArrivalOrder();
    const counters = [0, 0, 0];
    const arrivedWrites = [0, 0, 0];
    const running = new Set<string>();
    const problems: string[] = [];
    const pending: Array<() => void> = [];
    const all: Promise<unknown>[] = [];
    let finished = 0;
    for (let n = 0; n < 600; n++) {
      const i = Math.floor(random() * 3);
      const isWrite = random() < 0.5;
      const floor = arrivedWrites[i] as number;
      if (isWrite) arrivedWrites[i] = floor + 1;
      all.push(
        order
          .run([isWrite ? write("t", `k${i}`) : read("t", `k${i}`)], async () => {
            if (isWrite) {
              if (running.has(`k${i}`)) problems.push(`two writes of k${i} at once`);
              running.add(`k${i}`);
            } else if ((counters[i] as number) < floor) {
              problems.push(`read of k${i} saw ${counters[i]}, ${floor} writes arrived before it`);
            }
            await new Promise<void>((ok) => pending.push(ok));
            if (isWrite) {
              counters[i] = (counters[i] as number) + 1;
              running.delete(`k${i}`);
            }
          })
          .then(() => {
            finished++;
          }),
      );
      // Now and then let some of the running work end, in random order.
      if (random() < 0.3) {
        await settle();
        while (pending.length > 0 && random() < 0.7)
          pending.splice(Math.floor(random() * pending.length), 1)[0]?.();
      }
    }
    while (finished < all.length) {
      await settle();
      pending.splice(Math.floor(random() * pending.length), 1)[0]?.();
    }
    await Promise.all(all);
    expect(problems).toEqual([]);
    expect(counters).toEqual(arrivedWrites);
    expect(order.busyTables).toBe(0);
  });
});
