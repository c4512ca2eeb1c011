import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { localStartEnv } from "../support/local-start-env.js";

const work = mkdtempSync(join(tmpdir(), "followup-old-node-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs local/start.ts as `npm start` does, in a Node that reports `version` (a preload rewrites it). */
function startOn(
  version: string,
): Promise<{ code: number | null; stdout: string; stderr: string; dataDir: string }> {
  const preload = join(work, `node-${version}.mjs`);
  writeFileSync(
    preload,
    `Object.defineProperty(process, "versions", { value: { ...process.versions, node: ${JSON.stringify(version)} } });\n`,
  );
  const dataDir = join(work, `data-${version}`);
  const env = localStartEnv(dataDir);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--import", pathToFileURL(preload).href, "local/start.ts"],
      { cwd: REPO_ROOT, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        resolve({ code, stdout, stderr, dataDir });
      },
    );
  });
}

describe("npm start on an unsupported Node.js", () => {
  it("prints one line saying which Node to use, exits 1, and starts nothing", async () => {
    const { code, stdout, stderr, dataDir } = await startOn("18.19.0");
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      "Node.js v18.19.0 is too old: use Node.js 20.19+ or 22+ (package.json engines: >=20.19.0 <21 || >=22.0.0), then run npm ci and npm start again.",
    ]);
    expect(stdout).toBe("");
    expect(existsSync(dataDir)).toBe(false);
  });
});
