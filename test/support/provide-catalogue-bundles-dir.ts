import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where this run's one build of the catalogue goes (catalogue-bundles.ts), removed when the run ends. */
    catalogueBundlesDir: string;
  }
}

/**
 * vitest globalSetup: a directory of this run for the catalogue's bundles. Nothing is built here: the
 * first test file that asks builds them (a run of other files pays nothing), the others read that build.
 */
export default function provideCatalogueBundlesDir(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "catalogue-bundles-"));
  project.provide("catalogueBundlesDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
