import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";

/**
 * What ships in a Lambda (functions/ and shared/) imports zod only in its tree-shakable form: classic zod
 * (`"zod"`, `"zod/v4"`, `"zod/v3"`) costs ~450 KB in every bundle whatever it uses. zod/mini, zod's core
 * (types, the JSON Schema generator) and its locale files are fine. local/, infra/, cli/ and bench/ never
 * ship and may use classic zod.
 */
const ALLOWED = /^zod\/(mini|v4\/mini|v4-mini|v4\/core|v4\/locales\/[a-z-]+\.js)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

/** Every zod module specifier a source imports, statically, dynamically or by re-export. */
function zodImports(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](zod(?:\/[^"']*)?)["']/g)].map((m) => m[1] ?? "");
}

describe("zod in what ships", () => {
  const shipped = [...sources(join(REPO_ROOT, "shared")), ...sources(join(REPO_ROOT, "functions"))];
  const found = shipped.flatMap((file) =>
    zodImports(readFileSync(file, "utf8")).map((specifier) => ({
      file: relative(REPO_ROOT, file),
      specifier,
    })),
  );

  it("reads the imports (the check cannot pass by seeing nothing)", () => {
    expect(found.length).toBeGreaterThan(30);
    expect(found).toContainEqual({ file: "shared/errors/zod-issues.ts", specifier: "zod/mini" });
  });

  it("tells classic zod from zod/mini in every way a file can import it", () => {
    const sample = [
      'import { z } from "zod";',
      "import * as z from 'zod/v4';",
      'export { z } from "zod";',
      'const z = await import("zod");',
      'import type { ZodType } from "zod/v3";',
      'import * as z from "zod/mini";',
      'import type * as core from "zod/v4/core";',
      'import en from "zod/v4/locales/en.js";',
      'import { zodIssues } from "../errors/zod-issues.js";',
    ].join("\n");
    const specifiers = zodImports(sample);
    expect(specifiers).toEqual([
      "zod",
      "zod/v4",
      "zod",
      "zod",
      "zod/v3",
      "zod/mini",
      "zod/v4/core",
      "zod/v4/locales/en.js",
    ]);
    expect(specifiers.filter((s) => !ALLOWED.test(s))).toEqual(["zod", "zod/v4", "zod", "zod", "zod/v3"]);
  });

  it("has no file under functions/ or shared/ importing classic zod", () => {
    expect(found.filter(({ specifier }) => !ALLOWED.test(specifier))).toEqual([]);
  });
});
