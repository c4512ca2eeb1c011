/**
 * The data the code reads at run time from files instead of holding it in the bundle, each a directory of
 * the repository shipped beside the `index.mjs` of each Lambda that reads it. The CDK bundling copies them
 * (infra/constructs/followup-function.ts) and so does the benchmark (bench/lambdas/ship-bundle-assets.ts):
 * adding a directory is one line here. Pure data.
 */
import { openapiEntry } from "./entry-catalogue.js";

export interface BundleAsset {
  /**
   * The directory, relative to the repository root, beside the module that reads it. It ships under its own
   * name (shippedName) beside `index.mjs`, so that the module's path relative to its own code
   * (`import.meta.url`, `import.meta.dirname`) holds both unbundled (tsx, vitest, the local stack) and in
   * the bundle.
   */
  source: string;
  /** The entries (their `entry` file) whose bundle reads it, or every entry of the catalogue. */
  entries: "every" | readonly string[];
}

export const BUNDLE_ASSETS: readonly BundleAsset[] = [
  // The business calendar's public holidays (shared/domain/holiday-source.ts).
  { source: "shared/domain/holiday-tables", entries: "every" },
  // Each zone's offsets and short names, and every zone name (shared/domain/zone-source.ts).
  { source: "shared/domain/zone-tables", entries: "every" },
  // GET /openapi.json's document, as text and gzipped (shared/api/openapi-files.ts): 80 KB read only there.
  { source: "shared/api/openapi-files", entries: [openapiEntry.entry] },
];

/** The directory's name beside `index.mjs`: the last segment of its source. */
export const shippedName = (asset: BundleAsset): string =>
  asset.source.slice(asset.source.lastIndexOf("/") + 1);

/** What ships beside the bundle of this entry file (`functions/...`). */
export const bundleAssetsOf = (entry: string): readonly BundleAsset[] =>
  BUNDLE_ASSETS.filter((asset) => asset.entries === "every" || asset.entries.includes(entry));
