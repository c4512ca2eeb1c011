import { describe, expect, it } from "vitest";
import { type DueEntry, DueIndex } from "../../../local/scheduler/due-index.js";
import { seededRandom } from "../../support/seeded-random.js";

const byTimeThenKey = (a: DueEntry, b: DueEntry) =>
  a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe("DueIndex", () => {
  it("hands out entries in (time, key) order, only up to the limit", () => {
    for (const seed of [1, 2, 3, 42, 1234]) {
      const random = seededRandom(seed);
      const index = new DueIndex();
      const entries: DueEntry[] = Array.from({ length: 300 }, (_, i) => ({
        key: `k${random.int(0, 50)}-${i}`,
        at: random.int(0, 40),
      }));
      for (const e of entries) index.push(e);
      const limit = 25;
      const taken: DueEntry[] = [];
      for (let e = index.take(limit, () => true); e; e = index.take(limit, () => true)) taken.push(e);
      const expected = entries.filter((e) => e.at <= limit).sort(byTimeThenKey);
      expect(taken, `seed ${seed}`).toEqual(expected);
      expect(index.size).toBe(entries.length - expected.length);
      expect(index.peek(() => true)?.at).toBe(entries.filter((e) => e.at > limit).sort(byTimeThenKey)[0]?.at);
    }
  });

  it("skips and drops entries the caller calls stale", () => {
    const index = new DueIndex();
    index.push({ key: "old", at: 1 });
    index.push({ key: "live", at: 2 });
    index.push({ key: "later", at: 9 });
    const current = (e: DueEntry) => e.key !== "old";
    expect(index.peek(current)).toEqual({ key: "live", at: 2 });
    expect(index.size).toBe(2);
    expect(index.take(5, current)).toEqual({ key: "live", at: 2 });
    expect(index.take(5, current)).toBeUndefined();
    expect(index.take(9, current)).toEqual({ key: "later", at: 9 });
  });
});
