import type { BuildOptions } from "esbuild";

/** ESM has no `require`; some dependencies still call it (infra/constructs/followup-function.ts). */
const REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * The esbuild options the CDK app bundles every Lambda with (infra/constructs/followup-function.ts:
 * ESM, minified, node22, the require banner, module-first main fields), plus the metafile the benchmark
 * reads. The one place to keep in step with the CDK bundling; the caller adds the entry point.
 */
export function lambdaBuildOptions(outfile: string): BuildOptions & { metafile: true } {
  return {
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node22",
    mainFields: ["module", "main"],
    banner: { js: REQUIRE_BANNER },
    metafile: true,
    logLevel: "error",
  };
}
