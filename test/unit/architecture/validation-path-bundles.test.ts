import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { lambdaBuildOptions } from "../../../bench/lambdas/lambda-build-options.js";
import { REPO_ROOT } from "../../../local/repo-root.js";

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

const outDir = mkdtempSync(join(tmpdir(), "validation-path-bundles-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function bundles(): Promise<Map<string, { text: string }>> {
  const { outfile: _, ...options } = lambdaBuildOptions("");
  const result = (await build({
    ...options,
    entryPoints: ENTRIES.map((entry) => join(REPO_ROOT, entry)),
    outdir: outDir,
    absWorkingDir: REPO_ROOT,
    write: false,
  })) as { metafile: Metafile; outputFiles: { path: string; text: string }[] };
  const byEntry = new Map<string, { text: string }>();
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (output.entryPoint === undefined) continue;
    const file = result.outputFiles.find((f) => f.path.endsWith(path.replace(/^.*[\\/]/, "")));
    byEntry.set(output.entryPoint, {
      text: file?.text ?? "",
    });
  }
  return byEntry;
}

describe("the interview validation path in the bundles", async () => {
  const byEntry = await bundles();

  it("bundles the three routes", () => {
    expect([...byEntry.keys()].sort()).toEqual([...ENTRIES].sort());
    for (const entry of ENTRIES) expect(byEntry.get(entry)?.text.length, entry).toBeGreaterThan(0);
  });

  it("leaves the PATCH body's schema out of the routes that parse a new interview", () => {
    // Compared as booleans: a failure should not print a whole bundle.
    const carries = (entry: string) => byEntry.get(entry)?.text.includes(PATCH_ONLY_WORDS);
    expect(carries("functions/http/update-interview.ts"), "update").toBe(true);
    expect(carries("functions/http/create-interview.ts"), "create").toBe(false);
    expect(carries("functions/http/preview-plan.ts"), "preview-plan").toBe(false);
  });
});
