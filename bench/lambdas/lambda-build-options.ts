import { join } from "node:path";
import type { BuildOptions } from "esbuild";
import { REPO_ROOT } from "../../local/repo-root.js";

/** ESM has no `require`; some dependencies still call it (infra/constructs/followup-function.ts). */
const REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * The esbuild options the CDK app bundles every Lambda with (infra/constructs/followup-function.ts:
 * ESM, minified, node22, the require banner, module-first main fields, the stand-in for `node:stream/web`
 * of shared/http/readable-stream.ts), plus the metafile the benchmark reads. The one place to keep in step
 * with the CDK bundling; the caller adds the entry point.
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
    alias: { "node:stream/web": join(REPO_ROOT, "shared/http/readable-stream.ts") },
    metafile: true,
    logLevel: "error",
  };
}
