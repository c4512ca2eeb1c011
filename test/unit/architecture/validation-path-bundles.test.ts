import { describe, expect, it } from "vitest";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * What the routes that validate an interview (create, update, preview-plan) bundle on their validation
 * path, read from esbuild's output with the options the CDK app bundles with. These three
 * are the Lambdas closest to their 100 KB budget over the SDK (README "Benchmarks"): each cut here is
 * held by a line below.
 */
const ENTRIES = [
  "functions/http/create-interview.ts",
  "functions/http/update-interview.ts",
  "functions/http/preview-plan.ts",
];
/** Worded only by the PATCH body's `stepTemplates` (template-overrides-schema.ts). */
const PATCH_ONLY_WORDS = "is not a step id such as s3";
/** Thrown only by zod's `extend` and `partial` (zod/v4/core/util.js), which copy a shape (~1 KB). */
const ZOD_SHAPE_COPY_WORDS = ["Cannot overwrite keys on object schemas", "cannot be used on object schemas"];

describe("the interview validation path in the bundles", async () => {
  const bundles = await catalogueBundles();

  it("bundles the three routes", () => {
    for (const entry of ENTRIES) expect(bundles.textOf(entry)?.length, entry).toBeGreaterThan(0);
  });

  it("leaves the PATCH body's schema out of the routes that parse a new interview", () => {
    // Compared as booleans: a failure should not print a whole bundle.
    const carries = (entry: string) => bundles.textOf(entry)?.includes(PATCH_ONLY_WORDS);
    expect(carries("functions/http/update-interview.ts"), "update").toBe(true);
    expect(carries("functions/http/create-interview.ts"), "create").toBe(false);
    expect(carries("functions/http/preview-plan.ts"), "preview-plan").toBe(false);
  });

  it("builds optional and extended shapes with spreads, not zod's extend and partial", () => {
    for (const entry of ENTRIES) {
      for (const words of ZOD_SHAPE_COPY_WORDS)
        expect(bundles.textOf(entry)?.includes(words), entry).toBe(false);
    }
  });

  it("bundles no zod enum: the lists of values are literals (the same invalid_value issue)", () => {
    for (const entry of ENTRIES) expect(bundles.textOf(entry)?.includes('"$ZodEnum"'), entry).toBe(false);
  });

  it("leaves out the schedule payload's schema: these routes write payloads, only the sender parses them", () => {
    for (const entry of ENTRIES)
      expect(bundles.textOf(entry)?.includes("must be a step id"), entry).toBe(false);
  });

  it("reads JSON bodies without the form reader (JSON routes; the manage page's routes read forms)", () => {
    for (const entry of ENTRIES) {
      // The form reader's Content-Type pattern (the SDK names the media type too, as a string).
      expect(bundles.textOf(entry)?.includes("x-www-form-urlencoded\\s*(;|$)"), entry).toBe(false);
    }
  });

  it("bundles no zod default: configuration fallbacks are optional values with a transform", () => {
    for (const entry of ENTRIES) expect(bundles.textOf(entry)?.includes('"$ZodDefault"'), entry).toBe(false);
  });

  it("bundles no zod url check: links are read by the URL parser as zod's check read them (-1.7 KB)", () => {
    for (const entry of ENTRIES) expect(bundles.textOf(entry)?.includes('"$ZodURL"'), entry).toBe(false);
  });

  it("bundles no zod number format: whole numbers are numbers refined with Number.isInteger (-1.3 KB)", () => {
    for (const entry of ENTRIES) {
      expect(bundles.textOf(entry)?.includes('"$ZodNumberFormat"'), entry).toBe(false);
    }
  });

  it("leaves out the reply-token rule: these routes' configuration has no reply token", () => {
    for (const entry of ENTRIES) {
      expect(bundles.textOf(entry)?.includes("set REPLY_TOKEN_SECRET or"), entry).toBe(false);
    }
  });
});
