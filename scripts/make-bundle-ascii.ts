import { makeBundleAsciiInPlace } from "./make-bundle-ascii-in-place.js";

/**
 * `node --import tsx scripts/make-bundle-ascii.ts <bundle.mjs>...`: each bundle's regex literals written in
 * ASCII in place, with its source map (scripts/escape-regex-literals.ts says why). The CDK bundling runs it
 * after esbuild for every Lambda (infra/constructs/followup-function.ts); the benchmark and the bundle
 * tests call makeBundleAsciiInPlace themselves.
 */
for (const file of process.argv.slice(2)) {
  const escaped = await makeBundleAsciiInPlace(file);
  if (escaped > 0) console.log(`${file}: ${escaped} characters of regex literals escaped`);
}
