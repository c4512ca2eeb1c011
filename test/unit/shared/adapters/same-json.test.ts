import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../../shared/adapters/canonical-json.js";
import { sameJson } from "../../../../shared/adapters/same-json.js";

const key = fc.constantFrom("a", "b", "c", "0", "10", "status");
/** Item-like data: JSON values, dates and undefined fields, nested. */
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(0, 1, -0, "", "x", "sent", true, false, null),
    fc.constant(undefined),
    fc.constantFrom(new Date(0), new Date(86_400_000)),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
  ),
})).node;

/** A copy that JSON cannot tell from the original: keys in reverse order, an undefined field added. */
function lookalike(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lookalike);
  if (v && typeof v === "object" && !(v instanceof Date)) {
    const entries = Object.entries(v).reverse();
    return Object.fromEntries([...entries.map(([k, x]) => [k, lookalike(x)]), ["zz", undefined]]);
  }
  return v;
}

const undefinedInArray = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some((x) => x === undefined || undefinedInArray(x))
    : !!v && typeof v === "object" && Object.values(v).some(undefinedInArray);

describe("sameJson", () => {
  it("never calls two values the same that serialise differently", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        if (sameJson(a, b)) expect(canonicalJson(a)).toBe(canonicalJson(b));
      }),
      { numRuns: 3000 },
    );
  });

  it("calls a value the same as its lookalike, and tells them apart once one field changes", () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), (item) => {
        const copy = lookalike(item) as Record<string, unknown>;
        // Undefined in an array is the one lookalike it may miss (JSON writes it as null): a spare write.
        if (!undefinedInArray(item)) expect(sameJson(item, copy)).toBe(true);
        const [first] = Object.keys(copy);
        if (first === undefined) return;
        const changed = { ...copy, [first]: { changed: true } };
        expect(sameJson(item, changed)).toBe(canonicalJson(item) === canonicalJson(changed));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a Date as its text and an object's undefined field as absent", () => {
    expect(sameJson({ at: new Date(0) }, { at: "1970-01-01T00:00:00.000Z" })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    // A hole is written as null: never the same as a value there.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case
    expect(sameJson([, 1], [5, 1])).toBe(false);
  });
});
