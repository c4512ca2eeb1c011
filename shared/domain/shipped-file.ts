import { readFileSync } from "node:fs";

/**
 * A text file shipped with the code (shared/entries/bundle-assets.ts), by its path relative to `dir`, the
 * `import.meta.dirname` of the module that reads it: unbundled (tsx, vitest, the local stack) that module's
 * own directory; in a Lambda the bundle's, beside whose `index.mjs` the CDK copies the file. Data shipped with
 * the code, read once by its caller like a lazily loaded module, not outside state: the one file read the
 * domain makes (test/unit/architecture/dependency-rule.test.ts names this module). Read as UTF-8 from a plain
 * path, Node's fast path: `createRequire`'s CommonJS loader took 3-4 times as long for four tables in a fresh
 * process, and a `URL` or a Buffer decoded afterwards 1.0-1.7 ms against 0.6 for 70 KB. A missing file fails
 * naming it (`what` says what it is).
 */
export function readShippedFile(dir: string, path: string, what = "The file"): string {
  try {
    return readFileSync(`${dir}/${path}`, "utf8");
  } catch (error) {
    throw new Error(`${what} ${path} is missing beside the code: ${String(error)}`);
  }
}

/** A JSON table shipped with the code (readShippedFile), parsed. */
export function shippedJson<T>(dir: string, path: string, what: string): T {
  return JSON.parse(readShippedFile(dir, `./${path}`, what)) as T;
}
