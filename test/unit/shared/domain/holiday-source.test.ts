import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { ENTRY_LIST } from "../../../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../../../support/catalogue-bundles.js";

// Built the way the CDK app builds a Lambda (infra/constructs/followup-function.ts).
const LAMBDA_BUILD: BuildOptions = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node22",
  mainFields: ["module", "main"],
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: "error",
};
const CALENDAR = join(REPO_ROOT, "shared/domain/business-calendar.ts");
const TABLES = join(REPO_ROOT, "shared/domain/holiday-tables");
const outDir = mkdtempSync(join(tmpdir(), "holiday-source-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Bundles a script that uses the calendar into `dir/index.mjs`, as a Lambda's code would be. */
async function bundleCalendarScript(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "entry.mjs");
  writeFileSync(
    entry,
    `import { createBusinessCalendar, isSupportedCountry } from ${JSON.stringify(CALENDAR)};
     const supported = [isSupportedCountry("DE", "by"), isSupportedCountry("DE", "ZZ"), isSupportedCountry("XX")];
     const calendar = createBusinessCalendar({
       country: "DE", region: "BY", observeHolidays: true,
       sendWindow: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] },
     });
     console.log(JSON.stringify({ supported, holiday: calendar.holidayOn("2026-01-06") }));`,
  );
  const outfile = join(dir, "index.mjs");
  await build({ ...LAMBDA_BUILD, entryPoints: [entry], outfile });
  return outfile;
}

describe("the holiday tables in a Lambda bundle", () => {
  it("are read from holiday-tables/ beside the bundle, for the country at hand", async () => {
    const dir = join(outDir, "with-tables");
    const outfile = await bundleCalendarScript(dir);
    cpSync(TABLES, join(dir, "holiday-tables"), { recursive: true });
    const result = JSON.parse(execFileSync(process.execPath, [outfile]).toString());
    expect(result).toEqual({ supported: [true, false, false], holiday: "Epiphany" });
  });

  it("read a country's regional differences only for a region: most requests name none", async () => {
    // The US table's regions are two thirds of its 29 KB, ~70 KB of objects once parsed, read on the first
    // invoke of preview, create and update for an interview in no particular state.
    const dir = join(outDir, "without-regional");
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, "entry.mjs");
    writeFileSync(
      entry,
      `import { createBusinessCalendar } from ${JSON.stringify(CALENDAR)};
       const window = { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] };
       const us = createBusinessCalendar({ country: "US", observeHolidays: true, sendWindow: window });
       let regional;
       try {
         createBusinessCalendar({ country: "US", region: "CA", observeHolidays: true, sendWindow: window }).holidayOn("2026-03-31");
       } catch (error) {
         regional = String(error).includes("US.regional.json is missing");
       }
       console.log(JSON.stringify({ holiday: us.holidayOn("2026-11-26"), regional }));`,
    );
    const outfile = join(dir, "index.mjs");
    await build({ ...LAMBDA_BUILD, entryPoints: [entry], outfile });
    cpSync(TABLES, join(dir, "holiday-tables"), { recursive: true });
    rmSync(join(dir, "holiday-tables", "US.regional.json"), { force: true });
    const result = JSON.parse(execFileSync(process.execPath, [outfile]).toString());
    // A region still needs them: here, missing, it fails naming the file.
    expect(result).toEqual({ holiday: "Thanksgiving Day", regional: true });
  });

  it("fail clearly, naming the file, when the tables were not shipped", async () => {
    const outfile = await bundleCalendarScript(join(outDir, "without-tables"));
    let stderr = "";
    try {
      execFileSync(process.execPath, [outfile], { stdio: "pipe" });
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr);
    }
    // The index is the first thing read (which countries have a table), so it is the file named.
    expect(stderr).toContain(
      "The public-holiday table ./holiday-tables/index.json is missing beside the code",
    );
  });

  it("are in no Lambda's code, and neither is date-holidays nor what it brings", async () => {
    // Every entry as the CDK app bundles it, built once for the run's bundle tests.
    const { inputsByEntry } = await catalogueBundles();
    expect(inputsByEntry.size).toBe(new Set(ENTRY_LIST.map((e) => e.entry)).size);
    const inputs = new Set([...inputsByEntry.values()].flat());
    // The calendar is in (the planner routes and the sender use it) ...
    expect(inputs).toContain("shared/domain/business-calendar.ts");
    // ... but no table and no date-holidays, moment-timezone or astronomia.
    const heavy = [...inputs].filter((p) =>
      /holiday-tables[\\/]|node_modules[\\/](date-holidays|date-holidays-parser|moment|moment-timezone|astronomia)[\\/]/.test(
        p,
      ),
    );
    expect(heavy).toEqual([]);
  });
});
