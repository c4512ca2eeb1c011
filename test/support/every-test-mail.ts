import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Every `.eml` file under `dir`, at any depth; none when the directory is not there. */
function emlUnder(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".eml"))
        .map((f) => path.join(dir, f))
    : [];
}

/**
 * The mail a filter is held to its unfiltered search over: the test fixtures, and the public corpus beside the
 * checkout when it is there (inbound-corpus.test.ts). `fixtures` alone, so that a test can check it saw them.
 */
export function everyTestMail(): { fixtures: string[]; all: string[] } {
  const fixtures = emlUnder(path.join(REPO_ROOT, "test", "fixtures"));
  return {
    fixtures,
    all: [...fixtures, ...emlUnder(path.join(REPO_ROOT, "..", "shared", "corpus", "inbound"))],
  };
}
