import { decode } from "@jridgewell/sourcemap-codec";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { escapeRegexLiterals, type SourceMapJson } from "../../../scripts/escape-regex-literals.js";

// Written with escapes so that this file itself stays ASCII; esbuild's output is what matters.
const SOURCE = [
  "export const patterns = [",
  "  /Fr\u00e5n|\u5dee\u51fa\u4eba/i,", // a literal of Swedish and Japanese letters
  "  /[\u00e9-\u00fc]+/u,", // a range in a u class
  "  /[\u00e9-\u00fc]+/,", // the same without u
  "  /\u{1F600}+/,", // an astral character: two code units without u
  "  /\u{1F600}+/u,", // one code point with u
  "  /[\u{1F600}-\u{1F602}]/u,", // an astral range
  "  /\\\u00e9/,", // an identity escape of a non-ASCII letter
  "  /a\\\\\u00e9/,", // an escaped backslash, then the letter
  "  /(?<n\u00e9>\u00e9)\\k<n\u00e9>/,", // a non-ASCII group name
  "  /[\u00e9]/v,", // the v flag
  '  /x/g, 4 / 2 / 1, "\u00e9",', // a plain pattern, divisions, a string (esbuild escapes it)
  '];export const marker = "after";',
].join("\n");

const PROBES = [
  "Fr\u00e5n: x",
  "FR\u00c5N",
  "\u5dee\u51fa\u4eba",
  "\u00e9t\u00e9",
  "\u00fc\u00fd",
  "\u{1F600}\u{1F600}",
  "\ud83d",
  "\ude00",
  "\u{1F601}",
  "\u{1F603}",
  "a\\\u00e9",
  "\u00e9\u00e9",
  "a\u00e9",
  "x",
  "plain ascii",
];

function build() {
  const out = transformSync(SOURCE, { format: "cjs", minify: true, sourcemap: "external", target: "node22" });
  return { code: out.code, map: JSON.parse(out.map) as SourceMapJson };
}

function patternsOf(code: string): RegExp[] {
  const module = { exports: {} as { patterns: RegExp[] } };
  new Function("module", "exports", code)(module, module.exports);
  return module.exports.patterns.filter((p) => p instanceof RegExp);
}

function answers(pattern: RegExp): unknown[] {
  return PROBES.map((probe) => {
    const m = new RegExp(pattern.source, pattern.flags.replace("g", "")).exec(probe);
    return m && { match: [...m], index: m.index, groups: m.groups && { ...m.groups } };
  });
}

describe("escapeRegexLiterals", () => {
  const before = build();
  const after = escapeRegexLiterals(before.code, before.map);

  it("leaves esbuild's output with non-ASCII only in regex literals, and the result ASCII", () => {
    expect(before.code).toMatch(/[\u0080-\uffff]/);
    expect(after.code).not.toMatch(/[\u0080-\uffff]/);
    expect(after.escaped).toBeGreaterThan(10);
  });

  it("keeps what every pattern matches, flags and group names included", () => {
    const old = patternsOf(before.code);
    const now = patternsOf(after.code);
    expect(now.map((p) => p.flags)).toEqual(old.map((p) => p.flags));
    expect(now.length).toBe(11);
    for (const [i, pattern] of now.entries()) {
      expect(answers(pattern), `pattern ${i}: ${pattern.source}`).toEqual(answers(old[i] as RegExp));
    }
    // The probes tell the patterns apart: a transform that broke one would show.
    expect(answers(now[0] as RegExp)[0]).not.toBeNull();
    expect(answers(now[6] as RegExp)[11]).not.toBeNull();
    expect(answers(now[7] as RegExp)[11]).toBeNull();
    expect(answers(now[7] as RegExp)[10]).not.toBeNull();
  });

  it("moves the source map so that code after an escape still maps to its own source", () => {
    const originalColumn = SOURCE.split("\n").at(-1)?.indexOf('"after"');
    const columnIn = (code: string) => {
      const line = code.split("\n").findIndex((l) => l.includes('"after"'));
      return { line, column: code.split("\n")[line]?.indexOf('"after"') ?? -1 };
    };
    const mapped = (map: SourceMapJson, at: { line: number; column: number }) =>
      decode(map.mappings)[at.line]?.find((segment) => segment[0] === at.column);
    const was = columnIn(before.code);
    const is = columnIn(after.code);
    expect(is.column).toBeGreaterThan(was.column);
    const segment = after.map && mapped(after.map, is);
    expect(segment?.slice(2, 4)).toEqual([SOURCE.split("\n").length - 1, originalColumn]);
    expect(mapped(before.map, was)?.slice(2, 4)).toEqual(segment?.slice(2, 4));
  });

  it("returns ASCII code as it is", () => {
    const code = "const a=/x/g;";
    expect(escapeRegexLiterals(code)).toEqual({ code, map: undefined, escaped: 0 });
  });
});
