import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import EsmHolidays from "date-holidays";
import { type BuildOptions, build, type Plugin } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { holidaysClass } from "../../../../shared/domain/holiday-source.js";

describe("holidaysClass", () => {
  it("gives the same countries, states and holidays as the package's ESM build", () => {
    const Holidays = holidaysClass();
    const countries = new EsmHolidays().getCountries("en");
    expect(new Holidays().getCountries("en")).toEqual(countries);
    for (const country of Object.keys(countries)) {
      expect(new Holidays().getStates(country, "en")).toEqual(new EsmHolidays().getStates(country, "en"));
      expect(new Holidays(country).getHolidays(2026, "en")).toEqual(
        new EsmHolidays(country).getHolidays(2026, "en"),
      );
    }
    expect(new Holidays("DE", "BY").getHolidays(2027, "en")).toEqual(
      new EsmHolidays("DE", "BY").getHolidays(2027, "en"),
    );
  });
});

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
const outDir = mkdtempSync(join(tmpdir(), "holiday-source-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Counts, in a global, how many times date-holidays' entry module is evaluated. */
const countEvaluations: Plugin = {
  name: "count-date-holidays-evaluations",
  setup(b) {
    b.onLoad({ filter: /[\\/]date-holidays[\\/]lib[\\/]index\.cjs$/ }, (args) => ({
      contents: `globalThis.dateHolidaysEvaluations = (globalThis.dateHolidaysEvaluations ?? 0) + 1;\n${readFileSync(args.path, "utf8")}`,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

describe("date-holidays in a Lambda bundle", () => {
  it("is evaluated on the first calendar computation, not at import", async () => {
    const outfile = join(outDir, "calendar.mjs");
    const entry = `
      import { createBusinessCalendar, isSupportedCountry, toSendAt } from ${JSON.stringify(CALENDAR)};
      const count = () => globalThis.dateHolidaysEvaluations ?? 0;
      const atImport = count();
      toSendAt(new Date(0), "UTC");
      const afterDateHelpers = count();
      const supported = isSupportedCountry("DE", "BY");
      const calendar = createBusinessCalendar({
        country: "DE", region: "BY", observeHolidays: true,
        sendWindow: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] },
      });
      const holiday = calendar.holidayOn("2026-01-06");
      console.log(JSON.stringify({ atImport, afterDateHelpers, supported, holiday, total: count() }));`;
    writeFileSync(join(outDir, "entry.mjs"), entry);
    await build({
      ...LAMBDA_BUILD,
      entryPoints: [join(outDir, "entry.mjs")],
      outfile,
      plugins: [countEvaluations],
    });
    const result = JSON.parse(execFileSync(process.execPath, [outfile]).toString());
    expect(result).toEqual({
      atImport: 0,
      afterDateHelpers: 0,
      supported: true,
      holiday: "Epiphany",
      total: 1,
    });
  });

  it("is left out of a Lambda that only uses the date helpers", async () => {
    const { metafile } = await build({
      ...LAMBDA_BUILD,
      stdin: { contents: `export { toSendAt } from ${JSON.stringify(CALENDAR)};`, resolveDir: REPO_ROOT },
      write: false,
      metafile: true,
    });
    const inputs = Object.values(metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(inputs).toContain("shared/domain/business-calendar.ts");
    expect(inputs.filter((p) => /node_modules[\\/](date-holidays|moment-timezone)/.test(p))).toEqual([]);
  });
});
