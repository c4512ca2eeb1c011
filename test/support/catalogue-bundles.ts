import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { build, type Metafile } from "esbuild";
import { inject } from "vitest";
import { lambdaBuildOptions } from "../../bench/lambdas/lambda-build-options.js";
import { REPO_ROOT } from "../../local/repo-root.js";
import { makeBundleAsciiInPlace } from "../../scripts/make-bundle-ascii-in-place.js";
import { ENTRY_LIST } from "../../shared/entries/entry-catalogue.js";

/** Every entry's bundle, built with the options the CDK app bundles with. */
export interface CatalogueBundles {
  /** The inputs each bundle really holds (bytes in its output), by entry, as the metafile names them. */
  inputsByEntry: Map<string, string[]>;
  /** The bundle's code of an entry (`functions/...`), or undefined when the catalogue has no such entry. */
  textOf(entry: string): string | undefined;
}

let mine: Promise<CatalogueBundles> | undefined;

/**
 * Every entry of the catalogue built in one esbuild run, once per `vitest run`: test files run in their own
 * processes, so the first to ask builds into the run's directory (provide-catalogue-bundles-dir.ts) and
 * the others wait for its metafile. Three bundle tests each built the whole catalogue before (~7 s each on
 * a shared CI machine).
 */
export function catalogueBundles(): Promise<CatalogueBundles> {
  mine ??= load(inject("catalogueBundlesDir"));
  return mine;
}

async function load(dir: string): Promise<CatalogueBundles> {
  const done = join(dir, "metafile.json");
  const failed = join(dir, "failed.txt");
  if (claim(join(dir, "building"))) await buildInto(dir, done, failed);
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`the catalogue build failed: ${readFileSync(failed, "utf8")}`);
    await sleep(50);
  }
  const metafile = JSON.parse(readFileSync(done, "utf8")) as Metafile;
  const inputsByEntry = new Map<string, string[]>();
  const outputOf = new Map<string, string>();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint === undefined) continue;
    outputOf.set(output.entryPoint, path);
    inputsByEntry.set(
      output.entryPoint,
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([input]) => input),
    );
  }
  return {
    inputsByEntry,
    textOf: (entry) => {
      const path = outputOf.get(entry);
      return path === undefined ? undefined : readFileSync(join(REPO_ROOT, path), "utf8");
    },
  };
}

/** Only one process makes a directory: the builder. */
function claim(marker: string): boolean {
  try {
    mkdirSync(marker);
    return true;
  } catch {
    return false;
  }
}

async function buildInto(dir: string, done: string, failed: string): Promise<void> {
  try {
    const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];
    const { outfile: _, ...options } = lambdaBuildOptions("");
    const { metafile } = (await build({
      ...options,
      entryPoints: entries.map((entry) => join(REPO_ROOT, entry)),
      outdir: join(dir, "out"),
      absWorkingDir: REPO_ROOT,
    })) as { metafile: Metafile };
    // What the CDK bundling ships: each bundle's regex literals in ASCII (scripts/make-bundle-ascii.ts).
    for (const [path, output] of Object.entries(metafile.outputs)) {
      if (output.entryPoint !== undefined) await makeBundleAsciiInPlace(join(REPO_ROOT, path));
    }
    // Written whole, then renamed: a reader never sees half a metafile.
    writeFileSync(`${done}.part`, JSON.stringify(metafile));
    renameSync(`${done}.part`, done);
  } catch (err) {
    writeFileSync(failed, String(err));
    throw err;
  }
}
