import { cpSync } from "node:fs";
import { join } from "node:path";
import { BUNDLE_ASSETS, type BundleAsset, shippedName } from "../../shared/entries/bundle-assets.js";

/**
 * What the CDK ships beside a Lambda's bundle (infra/constructs/followup-function.ts, its afterBundling
 * hook): the directories of BUNDLE_ASSETS the code reads at run time, relative to its module. The bench
 * builds every bundle into one directory, so one copy of all of them there serves them all.
 */
export function shipBundleAssets(
  repoRoot: string,
  outDir: string,
  assets: readonly BundleAsset[] = BUNDLE_ASSETS,
): void {
  for (const asset of assets) {
    cpSync(join(repoRoot, asset.source), join(outDir, shippedName(asset)), { recursive: true });
  }
}
