import { describe, expect, it } from "vitest";
import { ENTRY_LIST } from "../../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * V8 keeps a script's source as one-byte text only while every character is ASCII: one other character and
 * the whole bundle is decoded and held as two-byte text, which costs every cold start (~1-1.5 ms of the
 * sender's and update-interview's imports, 9 interleaved runs, 2026-12-03). esbuild escapes the other
 * characters of strings but not those of regex literals, so such patterns are written with escapes. The
 * inbound parser is the exception: email-reply-parser's quote patterns are literals.
 */
const TWO_BYTE_ENTRIES = new Set(["functions/inbound.ts"]);

describe("the Lambda bundles' text", async () => {
  const bundles = await catalogueBundles();
  const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];

  it("is ASCII in every bundle but the inbound parser's", () => {
    const nonAscii = entries
      .filter((entry) => !TWO_BYTE_ENTRIES.has(entry))
      .flatMap((entry) => {
        const text = bundles.textOf(entry) ?? "";
        const at = text.search(/[\u0080-\uffff]/);
        return at < 0 ? [] : [`${entry}: ...${text.slice(Math.max(0, at - 40), at + 20)}...`];
      });
    expect(nonAscii).toEqual([]);
  });

  it("is not ASCII in the inbound parser's, for the reason given (else it can leave the exceptions)", () => {
    const text = bundles.textOf("functions/inbound.ts") ?? "";
    expect(text).toMatch(/[\u0080-\uffff]/);
    expect(bundles.inputsByEntry.get("functions/inbound.ts")).toContain(
      "node_modules/email-reply-parser/dist/regex.js",
    );
  });
});
