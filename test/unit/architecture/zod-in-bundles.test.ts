import { describe, expect, it } from "vitest";
import { ENTRY_LIST } from "../../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * What each Lambda's bundle holds of zod, read from esbuild's metafile with the options the CDK app
 * bundles with: classic zod (`zod`, `zod/v4`, `zod/v3`) costs ~450 KB whatever a bundle uses of it, where
 * zod/mini costs 28-41 KB. zod-mini-rule.test.ts reads the imports; this reads what a bundle really
 * pulls in, through any path (a dependency, a re-export, a type import that is not one).
 */
const CLASSIC = /node_modules[\\/]zod[\\/](index\.js|v4[\\/]classic[\\/]|v3[\\/]|v4[\\/]index\.js)/;
const MINI = /node_modules[\\/]zod[\\/]v4[\\/]mini[\\/]/;
// The OpenAPI document is generated at build time (scripts/generate-openapi.ts): no Lambda walks schemas.
const JSON_SCHEMA = /node_modules[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js/;

describe("zod in every Lambda bundle", async () => {
  const byEntry = (await catalogueBundles()).inputsByEntry;

  it("bundles every entry of the catalogue, and sees zod/mini where a schema is used", () => {
    expect(byEntry.size).toBe(new Set(ENTRY_LIST.map((e) => e.entry)).size);
    expect(byEntry.get("functions/http/create-interview.ts")?.some((p) => MINI.test(p))).toBe(true);
    expect(byEntry.get("functions/sender.ts")?.some((p) => MINI.test(p))).toBe(true);
    expect(CLASSIC.test("node_modules/zod/v4/classic/schemas.js")).toBe(true);
    expect(CLASSIC.test("node_modules/zod/index.js")).toBe(true);
    expect(CLASSIC.test("node_modules/zod/v4/mini/schemas.js")).toBe(false);
  });

  it("has no Lambda pulling in classic zod or zod's JSON Schema generator", () => {
    const found = [...byEntry].flatMap(([entry, inputs]) =>
      inputs.filter((p) => CLASSIC.test(p) || JSON_SCHEMA.test(p)).map((p) => `${entry}: ${p}`),
    );
    expect(found).toEqual([]);
  });
});
