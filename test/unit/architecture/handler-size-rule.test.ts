import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";

/** At most this many lines of code besides imports and comments: entry config, ports, one use case, the answer. */
const MAX_CODE_LINES = 15;

const handlers = ["functions", "functions/http"].flatMap((dir) =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${dir}/${name}`),
);

/** The lines of a file that are code: no imports, comments or blank lines. */
function codeLines(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^import [\s\S]*? from "[^"]+";$/gm, "")
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter((line) => line.length > 0);
}

describe("handlers only wire (docs/ARCHITECTURE.md, the composition root)", () => {
  it("finds every handler, and counts code, not imports or comments", () => {
    expect(handlers.length).toBeGreaterThan(20);
    expect(codeLines('import {\n  a,\n} from "./a.js";\n/** doc */\n// note\nconst x = a; // why\n')).toEqual(
      ["const x = a;"],
    );
  });

  it.each(handlers)("%s is a few lines of wiring, with no branch or loop of its own", (file) => {
    const code = codeLines(readFileSync(join(REPO_ROOT, file), "utf8"));
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LINES);
    expect(code.filter((line) => /^(if|for|while|switch|try|do)\b|\b(else|catch)\b/.test(line))).toEqual([]);
  });
});
