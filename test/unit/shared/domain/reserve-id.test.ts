import fc from "fast-check";
import { decodeTime, ulid } from "ulid";
import { describe, expect, it } from "vitest";
import { isInterviewId } from "../../../../shared/domain/is-interview-id.js";
import { reserveId } from "../../../../shared/domain/reserve-id.js";

describe("reserveId, against ulid", () => {
  it("makes a ULID that ulid decodes to the same time and that sorts as ulid's own for that time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const id = reserveId(ms);

        expect(isInterviewId(id), id).toBe(true);
        expect(decodeTime(id)).toBe(ms);
        // ulid(0) reads 0 as "no time given" and takes the clock's.
        if (ms > 0) expect(id.slice(0, 10)).toBe(ulid(ms).slice(0, 10));
      }),
      { numRuns: 5000 },
    );
  });

  it("draws the 16 random characters anew each time, over the whole alphabet", () => {
    const ids = Array.from({ length: 2000 }, () => reserveId(1_795_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Set(ids.flatMap((id) => [...id.slice(10)]));
    expect(seen.size).toBe(32);
  });

  it("refuses a time a ULID cannot hold", () => {
    for (const ms of [-1, 2 ** 48, 1.5, Number.NaN]) expect(() => reserveId(ms)).toThrow(/Not a ULID time/);
  });
});
