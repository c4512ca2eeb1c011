import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { lambdaBuildOptions } from "../../../../bench/lambdas/lambda-build-options.js";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { catalogueBundles } from "../../../support/catalogue-bundles.js";

const WALL_CLOCK = join(REPO_ROOT, "shared/domain/wall-clock.ts");
const TABLES = join(REPO_ROOT, "shared/domain/zone-tables");
const outDir = mkdtempSync(join(tmpdir(), "zone-source-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/**
 * Bundles, as the CDK app builds a Lambda, a script that reads a wall clock and says whether the process
 * made an Intl.DateTimeFormat (the cost the tables are there to spare), into `dir/index.mjs`.
 */
async function bundleWallClockScript(dir: string, instant: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "entry.mjs");
  writeFileSync(
    entry,
    `let formats = 0;
     const Real = Intl.DateTimeFormat;
     Intl.DateTimeFormat = function (...args) { formats++; return new Real(...args); };
     const { wallClockAt, runtimeZoneName } = await import(${JSON.stringify(WALL_CLOCK)});
     const clock = wallClockAt(Date.parse(${JSON.stringify(instant)}), "europe/berlin");
     console.log(JSON.stringify({ name: runtimeZoneName("Asia/Calcutta"), hour: clock.hour, offset: clock.offsetMinutes, formats }));`,
  );
  const outfile = join(dir, "index.mjs");
  await build({ ...lambdaBuildOptions(outfile), entryPoints: [entry], metafile: false });
  return outfile;
}

describe("the zone tables in a Lambda bundle", () => {
  it("are read from zone-tables/ beside the bundle, with no Intl.DateTimeFormat within their years", async () => {
    const dir = join(outDir, "with-tables");
    const outfile = await bundleWallClockScript(dir, "2026-07-01T10:00:00Z");
    cpSync(TABLES, join(dir, "zone-tables"), { recursive: true });
    const result = JSON.parse(execFileSync(process.execPath, [outfile]).toString());
    expect(result).toEqual({ name: "Asia/Calcutta", hour: 12, offset: 120, formats: 0 });
  });

  it("leave Intl to answer outside their years", async () => {
    const dir = join(outDir, "outside");
    const outfile = await bundleWallClockScript(dir, "1990-07-01T10:00:00Z");
    cpSync(TABLES, join(dir, "zone-tables"), { recursive: true });
    const result = JSON.parse(execFileSync(process.execPath, [outfile]).toString());
    expect(result).toEqual({ name: "Asia/Calcutta", hour: 12, offset: 120, formats: 1 });
  });

  it("fail clearly, naming the file, when the tables were not shipped", async () => {
    const outfile = await bundleWallClockScript(join(outDir, "without-tables"), "2026-07-01T10:00:00Z");
    let stderr = "";
    try {
      execFileSync(process.execPath, [outfile], { stdio: "pipe" });
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr);
    }
    expect(stderr).toContain("The zone table ./zone-tables/index.json is missing beside the code");
  });

  it("answer a zone spelled as its table is from that table alone, leaving the index of names unread", async () => {
    // The index (597 names, ~92 KB of objects once parsed) was read for every zone: most requests spell theirs
    // canonically, and preview, create and update read it on their first invoke for that one name.
    const dir = join(outDir, "without-index");
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, "entry.mjs");
    writeFileSync(
      entry,
      `const { wallClockAt, runtimeZoneName } = await import(${JSON.stringify(WALL_CLOCK)});
       const clock = wallClockAt(Date.parse("2026-07-01T10:00:00Z"), "America/New_York");
       let other;
       try { runtimeZoneName("america/new_york"); } catch (error) { other = String(error).includes("index.json"); }
       console.log(JSON.stringify({ name: runtimeZoneName("Europe/Berlin"), hour: clock.hour, other }));`,
    );
    const outfile = join(dir, "index.mjs");
    await build({ ...lambdaBuildOptions(outfile), entryPoints: [entry], metafile: false });
    cpSync(TABLES, join(dir, "zone-tables"), { recursive: true });
    rmSync(join(dir, "zone-tables", "index.json"));
    const result = JSON.parse(execFileSync(process.execPath, [outfile]).toString());
    // Another spelling still needs the index: here, missing, it fails naming it.
    expect(result).toEqual({ name: "Europe/Berlin", hour: 6, other: true });
  });

  it("are in no Lambda's code", async () => {
    const { inputsByEntry } = await catalogueBundles();
    const inputs = new Set([...inputsByEntry.values()].flat());
    expect(inputs).toContain("shared/domain/zone-source.ts");
    expect([...inputs].filter((p) => /zone-tables[\\/]/.test(p))).toEqual([]);
  });
});
