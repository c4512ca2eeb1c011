import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../local/repo-root.js";

/**
 * What package.json's script `name` passes to tsx (Node's flags and the file it runs), so that a test runs
 * the script as `npm run <name>` does: `"X=1 tsx --flag file.ts"` gives `["--flag", "file.ts"]`.
 */
export function npmScriptTsxArgs(name: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const words = (scripts[name] ?? "").split(/\s+/).filter(Boolean);
  const at = words.indexOf("tsx");
  if (at < 0) throw new Error(`package.json's script "${name}" does not run tsx: ${scripts[name]}`);
  return words.slice(at + 1);
}
