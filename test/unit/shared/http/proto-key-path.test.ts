import { describe, expect, it } from "vitest";
import { protoKeyPath } from "../../../../shared/http/proto-key-path.js";

describe("protoKeyPath", () => {
  it("finds an own __proto__ key anywhere in a parsed body, with its path", () => {
    expect(protoKeyPath(JSON.parse('{"a": {"b": [{"c": 1}, {"__proto__": 2}]}}'))).toEqual([
      "a",
      "b",
      "1",
      "__proto__",
    ]);
    expect(protoKeyPath(JSON.parse('{"__proto__": {}}'))).toEqual(["__proto__"]);
  });

  it("finds nothing in ordinary bodies, scalars, or an object whose prototype was only read", () => {
    expect(protoKeyPath({ a: [1, "x", null, { b: true }], constructor: {} })).toBeUndefined();
    expect(protoKeyPath("text")).toBeUndefined();
    expect(protoKeyPath(null)).toBeUndefined();
    expect(protoKeyPath(undefined)).toBeUndefined();
  });

  it("walks any depth without a stack overflow", () => {
    const depth = 100_000;
    const text = `${"[".repeat(depth)}{"__proto__": 1}${"]".repeat(depth)}`;
    const path = protoKeyPath(JSON.parse(text));
    expect(path?.length).toBe(depth + 1);
    expect(path?.at(-1)).toBe("__proto__");
  });
});
