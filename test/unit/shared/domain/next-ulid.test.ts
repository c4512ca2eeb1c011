import { decodeTime } from "ulid";
import { describe, expect, it } from "vitest";
import { nextUlid } from "../../../../shared/domain/next-ulid.js";

describe("nextUlid", () => {
  it("makes ids that sort in the order they were made, in one millisecond too, as ulid's monotonic factory", () => {
    const ms = 1_795_000_000_000;
    const ids = [nextUlid(ms), nextUlid(ms), nextUlid(ms), nextUlid(ms + 1), nextUlid(ms + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => decodeTime(id))).toEqual([ms, ms, ms, ms + 1, ms + 1]);
  });

  it("keeps going up when the clock steps back, with the last id's time", () => {
    const later = nextUlid(1_795_000_100_000);
    const after = nextUlid(1_795_000_000_000);
    expect(after > later).toBe(true);
    expect(decodeTime(after)).toBe(1_795_000_100_000);
  });
});
