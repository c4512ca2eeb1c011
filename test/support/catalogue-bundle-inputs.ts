import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { lambdaBuildOptions } from "../../bench/lambdas/lambda-build-options.js";
import { REPO_ROOT } from "../../local/repo-root.js";
import { ENTRY_LIST } from "../../shared/entries/entry-catalogue.js";

/**
 * Every entry of the catalogue built in one esbuild run with the options the CDK app bundles with (nothing
 * written): the inputs each bundle really holds (bytes in its output), by entry, as the metafile names them.
 */
export async function catalogueBundleInputs(): Promise<Map<string, string[]>> {
  const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];
  const { outfile: _, ...options } = lambdaBuildOptions("");
  const { metafile } = (await build({
    ...options,
    entryPoints: entries.map((entry) => join(REPO_ROOT, entry)),
    outdir: join(tmpdir(), "catalogue-bundles"),
    absWorkingDir: REPO_ROOT,
    write: false,
  })) as { metafile: Metafile };
  const byEntry = new Map<string, string[]>();
  for (const output of Object.values(metafile.outputs)) {
    if (output.entryPoint === undefined) continue;
    byEntry.set(
      output.entryPoint,
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    );
  }
  return byEntry;
}
