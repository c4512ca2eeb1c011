import { describe, expect, it } from "vitest";
import { OVER_BASELINE_LIMIT_BYTES } from "../../../bench/lambdas/lambda-targets.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * The openapi Lambda serves a document made at build time, as text and gzipped, so its first request
 * loads and unzips nothing: importing zlib and unzipping made that request 2.8 times an empty handler's
 * (README "Benchmarks"). Keeping the text costs bytes, held under the size target here.
 */
describe("the openapi Lambda's bundle", async () => {
  const text = (await catalogueBundles()).textOf("functions/http/openapi.ts") ?? "";

  it("is built, with the document in it", () => {
    expect(text).toContain("Interview follow-up scheduler");
  });

  it("loads no zlib", () => {
    expect(/node:zlib|"zlib"/.test(text)).toBe(false);
  });

  it("stays within the bytes a Lambda may carry over its SDK baseline (it has no SDK client)", () => {
    expect(Buffer.byteLength(text)).toBeLessThan(OVER_BASELINE_LIMIT_BYTES);
  });
});
