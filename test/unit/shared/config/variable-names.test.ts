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
  // environmentFor; handlers get them parsed from the wiring. Only the wiring and adapters read the parsed
  // configuration's fields, which carry the variables' names.
  it("are not written by infra, local, bench or a handler: they ask shared/config", () => {
    const found: string[] = [];
    const handlers = (dir: string) =>
      readdirSync(join(REPO_ROOT, dir))
        .filter((f) => f.endsWith(".ts"))
        .map((f) => join(REPO_ROOT, dir, f));
    const files = [
      ...["infra", "local", "bench"].flatMap((room) => sources(join(REPO_ROOT, room))),
      ...handlers("functions"),
      ...handlers("functions/http"),
    ];
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
