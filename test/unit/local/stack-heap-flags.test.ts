import { describe, expect, it } from "vitest";
import { npmScriptTsxArgs } from "../../support/npm-script-tsx-args.js";

/**
 * The local stack's process starts with a floor under V8's old-generation limit (`--initial-old-space-size`):
 * without it V8 sizes that limit tightly around the gateway thread's small live heap and mark-compacts it
 * about every half second under load, which is where most of the slowest reads sat (docs/benchmarks.md,
 * sessions 26 and 30). The flag is only given on the command line, so `npm start` carries it, and the load
 * bench runs the stack as `npm start` does. (test/integration/local/npm-start.test.ts starts the stack with
 * the start script's arguments, so Node must accept them.)
 */
const heapFlags = (name: string): string[] =>
  npmScriptTsxArgs(name).filter((word) => /^--[a-z-]+-space-size=\d+$/.test(word));

describe("the scripts that run the local stack", () => {
  it("start Node with a floor under the old generation", () => {
    expect(heapFlags("start")).toEqual([expect.stringMatching(/^--initial-old-space-size=\d+$/)]);
  });

  it("include the load bench, with the same heap flags as npm start", () => {
    expect(heapFlags("bench:load")).toEqual(heapFlags("start"));
  });
});
