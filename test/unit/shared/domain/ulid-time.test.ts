import fc from "fast-check";
import { decodeTime, ulid } from "ulid";
import { describe, expect, it } from "vitest";
import { ulidTime } from "../../../../shared/domain/ulid-time.js";

describe("ulidTime, against ulid", () => {
  it("reads the time ulid's decodeTime reads, for any time a ULID holds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 48 - 1 }), (ms) => {
        const id = ulid(ms);
        expect(ulidTime(id)).toBe(decodeTime(id));
        expect(ulidTime(id.toLowerCase())).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads nothing from what is no ULID", () => {
    for (const id of [
      "",
      "01ARZ3NDEKTSV4RRFFQ69G5FA",
      "01ARZ3NDEKTSV4RRFFQ69G5FAVX",
      "01ARZ3NDEUTSV4RRFFQ69G5FAV",
      "80000000000000000000000000",
    ]) {
      expect(ulidTime(id), id).toBeUndefined();
    }
  });
});
