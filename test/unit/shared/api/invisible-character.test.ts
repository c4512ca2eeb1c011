import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { invisibleCharacterIn } from "../../../../shared/api/invisible-character.js";

/**
 * invisibleCharacterIn as it was before its patterns were built on first use (module-level literals, the
 * variation selector's look-behind spelled as letters, numbers, punctuation and symbols, `exec`): the
 * current one must answer every text the same.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u2800\u{1d159}\ufff9-\ufffb]/u;
const ALLOWED = new RegExp(
  [
    String.raw`(?<=\p{Extended_Pictographic}|\p{Emoji_Modifier}|\ufe0f)\u200d(?=\p{Extended_Pictographic})`,
    String.raw`(?<=[\p{L}\p{N}\p{P}\p{S}])[\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]`,
    String.raw`(?<=\u{1f3f4})[\u{e0030}-\u{e0039}\u{e0061}-\u{e007a}]{3,7}\u{e007f}`,
    String.raw`\u200c(?<=(?=\p{sc=Arab})\p{L}\p{Mn}*\u200c)(?=\p{Mn}*(?=\p{sc=Arab})\p{L})`,
  ].join("|"),
  "gu",
);
const JOINER = /(\p{M})[\u200c\u200d]/gu;
const reorders = (s: string) => s.normalize("NFD") !== s;
const isVirama = (c: string) => reorders(`${c}\u0334`) && !reorders(`\u094d${c}`) && !reorders(`${c}\u094d`);
function invisibleCharacterBefore(text: string): string | undefined {
  const found = INVISIBLE.exec(
    text.replace(ALLOWED, "").replace(JOINER, (pair, before: string) => (isVirama(before) ? before : pair)),
  );
  return found
    ? `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`
    : undefined;
}

/** Characters the patterns look at, and their neighbours, so that random texts hit every branch. */
const INTERESTING = [
  ..."\u200b\u200c\u200d\u200e\u200f\u202e\u2066\u00ad\u034f\u180e\u3164\u2800\ufeff\ufe0f\ufe0e\u180b\u20e3",
  ..."\u{1d159}\ufff9\ufffb\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}\u{e0041}\u{e0100}",
  ..."\u{1f469}\u{1f4bb}\u{1f3fd}\u2764\u0645\u06cc\u0652\u0928\u094d\u0937\u0d7a\u0dca\u0061\u0301\u0334",
  ..."a Z9.-_\u00e9\u4e00\u0300\u0009\u007f\ud800\udc00",
];
const text = fc.array(
  fc.oneof(fc.constantFrom(...INTERESTING), fc.string({ unit: "grapheme", maxLength: 2 })),
  {
    maxLength: 12,
  },
);

describe("invisibleCharacterIn", () => {
  it("answers every text as the module-level patterns did", () => {
    fc.assert(
      fc.property(text, (parts) => {
        const s = parts.join("");
        expect(invisibleCharacterIn(s)).toBe(invisibleCharacterBefore(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("answers the same for full Unicode strings, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 16 }), (s) => {
        expect(invisibleCharacterIn(s)).toBe(invisibleCharacterBefore(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds nothing in any ASCII text, which it answers without the Unicode patterns", () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    for (const c of ascii) expect(invisibleCharacterBefore(`a${c}b`)).toBeUndefined();
    expect(invisibleCharacterIn(ascii.join(""))).toBeUndefined();
  });

  it("gives the same answer however often it is asked (its patterns are global)", () => {
    expect(invisibleCharacterIn("Sam\u202e")).toBe("U+202E");
    expect(invisibleCharacterIn("\u200bSam")).toBe("U+200B");
    expect(invisibleCharacterIn("\u200bSam")).toBe("U+200B");
    expect(invisibleCharacterIn("Sa\u200em\u200b")).toBe("U+200E");
    expect(invisibleCharacterIn("\u{1f469}\u200d\u{1f4bb}")).toBeUndefined();
  });

  it("reads letters, numbers, punctuation and symbols as every general category but marks, separators and others", () => {
    const spelled = /^[\p{L}\p{N}\p{P}\p{S}]$/u;
    const complement = /^[^\p{M}\p{Z}\p{C}]$/u;
    const differ: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (spelled.test(c) !== complement.test(c)) differ.push(cp);
    }
    expect(differ).toEqual([]);
  });
});

/**
 * V8 builds a pattern's `\p{..}` classes when it parses it: these cost ~10 M instructions of each import of
 * the routes that take names (callgrind, 2026-12-04), so they are built on the first text that needs them.
 */
const RealRegExp = RegExp;

/** The flags of every pattern `RegExp` builds (with or without `new`) while `work` runs. */
async function flagsBuiltDuring(work: () => unknown): Promise<string[]> {
  const flags: string[] = [];
  const note = (built: RegExp) => {
    flags.push(built.flags);
    return built;
  };
  globalThis.RegExp = new Proxy(RealRegExp, {
    construct: (target, args) => note(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => note(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = RealRegExp;
  }
  return flags;
}

describe("the invisible-character patterns", () => {
  afterEach(() => {
    globalThis.RegExp = RealRegExp;
  });

  it("are not built by importing the field schemas", async () => {
    vi.resetModules();
    const flags = await flagsBuiltDuring(() => import("../../../../shared/api/field-schemas.js"));
    expect(flags.filter((f) => f.includes("u"))).toEqual([]);
  });

  it("are built by the first text with a character above U+007F, once", async () => {
    vi.resetModules();
    const { invisibleCharacterIn: fresh } = await import("../../../../shared/api/invisible-character.js");
    expect(await flagsBuiltDuring(() => fresh("Sam O'Neil <sam@example.com>"))).toEqual([]);
    expect(await flagsBuiltDuring(() => fresh("Zoë"))).toEqual(["gu", "gu", "gu"]);
    expect(await flagsBuiltDuring(() => fresh("Zoë\u200b"))).toEqual([]);
  });
});
