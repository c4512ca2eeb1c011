import { readFileSync } from "node:fs";

/**
 * A JSON file shipped with the code (shared/entries/bundle-assets.ts), by its path relative to `dir`, the
 * `import.meta.dirname` of the module that reads it: unbundled (tsx, vitest, the local stack) that module's
 * own directory; in a Lambda the bundle's, beside whose `index.mjs` the CDK copies the file. Data shipped with
 * the code, read once by its caller like a lazily loaded module, not outside state: the one file read the
 * domain makes (test/unit/architecture/dependency-rule.test.ts names it). Read with readFileSync and
 * JSON.parse: `createRequire`'s CommonJS loader (resolution, stat calls, its cache) took 3-4 times as long
 * for the same four tables in a fresh process. A missing file fails naming it (`what` says which table).
 */
export function shippedJson<T>(dir: string, path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(`${dir}/${path}`, "utf8");
  } catch (error) {
    throw new Error(`${what} ./${path} is missing beside the code: ${String(error)}`);
  }
  return JSON.parse(text) as T;
}
