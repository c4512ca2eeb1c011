import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../../shared/adapters/canonical-json.js";

/** The definition: every plain object rebuilt from its entries sorted by key. */
const reference = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/** Keys that sort differently as strings and as numbers, and keys an object lists before others. */
const key = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.constantFrom("0", "1", "2", "10", "-1", "01", "1.5", "b", "a"),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(key, tie("node"), { maxKeys: 6 }),
  ),
})).node;

describe("canonicalJson", () => {
  it("serialises like the definition: keys sorted at every depth, undefined left out", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });

  it("gives one text for one item whatever the order its keys were written in", () => {
    const a = { version: 3, steps: [{ status: "sent", id: "s1" }], id: "01X", note: undefined };
    const b = { id: "01X", steps: [{ id: "s1", status: "sent" }], version: 3 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"id":"01X","steps":[{"id":"s1","status":"sent"}],"version":3}');
    expect(canonicalJson({ ...b, version: 4 })).not.toBe(canonicalJson(a));
  });

  it("sorts what toJSON returns, and copies nothing it is given", () => {
    const at = new Date(Date.UTC(2026, 11, 2));
    const money = { toJSON: (key: string) => ({ of: key, amount: 5, currency: "EUR" }) };
    const input = { a: 1, b: [at, money], c: { z: 1, y: [undefined, 2] } };
    const before = JSON.stringify(input);
    expect(canonicalJson(input)).toBe(reference(input));
    expect(canonicalJson(input)).toBe(
      '{"a":1,"b":["2026-12-02T00:00:00.000Z",{"amount":5,"currency":"EUR","of":"1"}],"c":{"y":[null,2],"z":1}}',
    );
    expect(JSON.stringify(input)).toBe(before);
  });
});
