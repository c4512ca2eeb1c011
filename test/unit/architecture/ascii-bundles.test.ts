import { describe, expect, it } from "vitest";
import { ENTRY_LIST } from "../../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * V8 keeps a script's source as one-byte text only while every character is ASCII: one other character and
 * the whole bundle is decoded and held as two-byte text, which costs every cold start (~1-1.5 ms of the
 * sender's and update-interview's imports, 9 interleaved runs, 2026-12-03; the inbound parser's 1.67 MB of
 * source and 8.8 M instructions of its import, session 24). esbuild escapes the other characters of strings,
 * templates and identifiers but not those of regex literals; the bundling's pass after esbuild
 * (scripts/make-bundle-ascii.ts) writes those as escapes, the multilingual reply and bounce patterns and
 * email-reply-parser's quote headers among them. What is left would be text the code reads as written: a
 * raw template or a legal comment.
 */
describe("the Lambda bundles' text, as the bundling ships it", async () => {
  const bundles = await catalogueBundles();
  const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];

  it("is ASCII in every bundle", () => {
    const nonAscii = entries.flatMap((entry) => {
      const text = bundles.textOf(entry) ?? "";
      const at = text.search(/[\u0080-\uffff]/);
      return at < 0 ? [] : [`${entry}: ...${text.slice(Math.max(0, at - 40), at + 20)}...`];
    });
    expect(nonAscii).toEqual([]);
  });

  it("holds the inbound parser's multilingual patterns, escaped (else the pass has nothing to show)", () => {
    const text = bundles.textOf("functions/inbound.ts") ?? "";
    expect(bundles.inputsByEntry.get("functions/inbound.ts")).toContain(
      "node_modules/email-reply-parser/dist/regex.js",
    );
    // "Från" (Swedish "From") in the quote-header patterns, as esbuild leaves it and as the pass writes it.
    expect(text).toContain("Fr\\u00E5n");
  });
});
