import { describe, expect, it } from "vitest";
import { pruneReach, REACH_ADDRESSES, REACH_IDS_PER_ADDRESS } from "../../../../shared/domain/prune-reach.js";

// ULIDs sort by time: a larger number here is a later interview.
const id = (n: number) => `01KQ${String(n).padStart(22, "0")}`;

describe("pruneReach", () => {
  it("keeps each address's newest interviews, once each", () => {
    const ids = Array.from({ length: REACH_IDS_PER_ADDRESS + 5 }, (_, i) => id(i));
    const pruned = pruneReach({ "a@x.test": [...ids, id(3)] });

    expect(pruned["a@x.test"]).toEqual(ids.slice(5).reverse());
  });

  it("keeps the most recently used addresses and drops empty ones", () => {
    const reach: Record<string, string[]> = { "empty@x.test": [] };
    for (let i = 0; i <= REACH_ADDRESSES; i++) reach[`c${i}@x.test`] = [id(i)];

    const pruned = pruneReach(reach);

    expect(Object.keys(pruned)).toHaveLength(REACH_ADDRESSES);
    expect(pruned).not.toHaveProperty("c0@x.test");
    expect(pruned).not.toHaveProperty("empty@x.test");
    expect(pruned[`c${REACH_ADDRESSES}@x.test`]).toEqual([id(REACH_ADDRESSES)]);
  });
});
