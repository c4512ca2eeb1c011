import { describe, expect, it } from "vitest";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

const MUSTACHE = "node_modules/mustache/mustache.mjs";
/** Renders templates: mustache is its renderer (shared/mail/render-template.ts). */
const RENDERERS = ["functions/sender.ts"];

/**
 * Only the Lambdas that render a step's email bundle mustache (6.5 KB). The routes that take a candidate's
 * templates check them with our own scanner of the documented subset (shared/mail/template-pieces.ts),
 * held to mustache's parser by a differential test: update-interview is at its 100 KB budget over the SDK.
 */
describe("mustache in the bundles", async () => {
  const bundles = await catalogueBundles();

  it("is bundled by the sender, which renders templates", () => {
    for (const entry of RENDERERS) expect(bundles.inputsByEntry.get(entry), entry).toContain(MUSTACHE);
  });

  it("is left out of every other Lambda, the routes that check templates included", () => {
    const carrying = [...bundles.inputsByEntry]
      .filter(([entry, inputs]) => !RENDERERS.includes(entry) && inputs.includes(MUSTACHE))
      .map(([entry]) => entry);
    expect(carrying).toEqual([]);
  });
});
