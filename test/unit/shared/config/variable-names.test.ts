import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { CONFIG_PIECES } from "../../../../shared/config/config-pieces.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const VARIABLES = [...new Set(Object.values(CONFIG_PIECES).flatMap((p) => Object.keys(p.shape)))];

describe("environment variable names", () => {
  // Who provides the variables (infra, the local stack, the benchmark) fills them by meaning through
  // environmentFor; the wiring gets them parsed and read back by meaning (each piece's `read`), so no
  // handler, wiring, client or adapter names one. The `followup` CLI (cli/) is a user's tool whose help
  // documents the variables it reads, and tests may name them to check them.
  it("are written in shared/config only: infra, local, bench, functions/ and the rest of shared/ ask it", () => {
    const found: string[] = [];
    const files = [
      ...["infra", "local", "bench", "functions", "shared"].flatMap((room) => sources(join(REPO_ROOT, room))),
    ].filter((file) => !relative(REPO_ROOT, file).startsWith("shared/config/"));
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const where = relative(REPO_ROOT, file);
      const text = readFileSync(file, "utf8");
      for (const name of VARIABLES)
        if (new RegExp(`\\b${name}\\b`).test(text)) found.push(`${where}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("are each declared by one piece (a piece may reuse another's schema under the same name)", () => {
    expect(VARIABLES.length).toBeGreaterThan(15);
    for (const name of VARIABLES) expect(name).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});
