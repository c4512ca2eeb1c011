import { readFileSync } from "node:fs";
import { nodeVersionProblem } from "./node-version-problem.js";

/**
 * Stops with one line saying what to do when this Node.js is outside package.json's `engines.node`, before
 * the local stack's modules load (an old Node would otherwise fail on a syntax error or a missing API).
 */
export function exitOnUnsupportedNode(): void {
  const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    engines?: { node?: string };
  };
  const range = packageJson.engines?.node;
  const problem = range === undefined ? undefined : nodeVersionProblem(process.versions.node, range);
  if (problem === undefined) return;
  console.error(problem);
  process.exit(1);
}
