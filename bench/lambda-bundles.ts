/**
 * Every Lambda against an SDK-only baseline built in the same run (issue 12). For each entry of the
 * catalogue: its bundle, built as the CDK app builds it, with esbuild's metafile naming the AWS SDK clients
 * it contains; a baseline bundle of those clients alone, whose handler makes the SDK calls the Lambda made
 * for its representative event (recorded in this process); then, interleaved (bundle, baseline, bundle,
 * ...), fresh node processes that import each bundle and hand it one representative event against the
 * local stack's emulators, with the environment the Lambda would have. Prints the table and a summary, and
 * writes bench/results.json (medians). Usage: npm run bench   (BENCH_RUNS, default 15, at least 7; BENCH_ONLY=name,...;
 * BENCH_CPU_PROF=<dir> writes a CPU profile of every cold start there, bundles built unminified so that the
 * profile names functions and the bundle's `// path` comments name the module of each line: figures only
 * for reading where the time goes, not for the ratios; BENCH_AGAINST=<dir>, a checkout of another commit
 * with its node_modules, puts each entry built from there (with that checkout's build options) in the
 * baseline's place, so that the ratios read a change's before and after, with the same events; it writes
 * nothing either)
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Context } from "aws-lambda";
import { build } from "esbuild";
import { REPO_ROOT } from "../local/repo-root.js";
import { makeBundleAsciiInPlace } from "../scripts/make-bundle-ascii-in-place.js";
import { getProcessClockOffset } from "../shared/adapters/process-clock.js";
import { ENTRIES, type Entry } from "../shared/entries/entry-catalogue.js";
import { baselineSource } from "./lambdas/baseline-source.js";
import { startBenchStack } from "./lambdas/bench-stack.js";
import { lambdaBuildOptions } from "./lambdas/lambda-build-options.js";
import { type ColdStartSeries, type LambdaResult, lambdaResult } from "./lambdas/lambda-result.js";
import { targetSummary } from "./lambdas/lambda-targets.js";
import { lambdaContext, RepresentativeEvents } from "./lambdas/representative-events.js";
import { resultTable } from "./lambdas/result-table.js";
import { RUN_ONCE_SOURCE } from "./lambdas/run-once-source.js";
import { NO_FIGURES, runOutcome } from "./lambdas/run-outcome.js";
import { SdkCallRecorder } from "./lambdas/sdk-call-recorder.js";
import { sdkClientsIn } from "./lambdas/sdk-clients-in.js";
import { shipBundleAssets } from "./lambdas/ship-bundle-assets.js";
import { quietConsole } from "./load/quiet-console.js";

// 15 by default, 7 at least (the issue's floor): a median of 15 moves about half as much from one run of the bench
// to the next as one of 7 (docs/benchmarks.md, session 31, has the figures).
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS) || 15);
const ONLY = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const CPU_PROF = process.env.BENCH_CPU_PROF;
const AGAINST = process.env.BENCH_AGAINST;
const run = promisify(execFile);
type Series = { [K in keyof ColdStartSeries]: number[] };

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
const outDir = mkdtempSync(join(tmpdir(), "followup-bench-"));
const runner = join(outDir, "run-once.mjs");
writeFileSync(runner, RUN_ONCE_SOURCE);
shipBundleAssets(REPO_ROOT, outDir);

/** Handlers log JSON lines; the bench's own output is the table. */
const quiet = async <T>(work: () => Promise<T>): Promise<T> => (await quietConsole(work)).value;

/**
 * The CDK's options; unminified when profiling (see the usage above), the banner's import then renamed, as
 * minifying renames it, so that it cannot clash with a bundled module's own top-level `createRequire`.
 */
const buildOptions = (outfile: string, options = lambdaBuildOptions) => ({
  ...options(outfile),
  ...(CPU_PROF
    ? {
        minify: false,
        banner: {
          js: "import { createRequire as bannerCreateRequire } from 'module'; const require = bannerCreateRequire(import.meta.url);",
        },
      }
    : {}),
});

/** The profiles point into the bundles, which the run deletes: a copy goes beside them. */
function keepForProfile(file: string) {
  if (!CPU_PROF) return;
  mkdirSync(CPU_PROF, { recursive: true });
  copyFileSync(file, join(CPU_PROF, basename(file)));
}

/**
 * What a checkout's own module exports under `name`, as its CDK app would use it; `ours` for this checkout,
 * `missing` when that checkout has no such file (a commit from before it).
 */
async function ownOf<T>(root: string, path: string, name: string, ours: T, missing: T): Promise<T> {
  if (root === REPO_ROOT) return ours;
  const file = join(root, path);
  if (!existsSync(file)) return missing;
  return ((await import(pathToFileURL(file).href)) as Record<string, T>)[name] ?? missing;
}

async function bundle(name: string, entry: Entry, root = REPO_ROOT, suffix = "") {
  const outfile = join(outDir, `${name}${suffix}.mjs`);
  // Another checkout's entries are built with its own options (its aliases name its own stand-ins) and its
  // own pass after esbuild, so a change to either is part of what BENCH_AGAINST compares.
  const options = await ownOf(
    root,
    "bench/lambdas/lambda-build-options.ts",
    "lambdaBuildOptions",
    lambdaBuildOptions,
    lambdaBuildOptions,
  );
  const result = await build({ ...buildOptions(outfile, options), entryPoints: [join(root, entry.entry)] });
  const asciiPass = await ownOf(
    root,
    "scripts/make-bundle-ascii-in-place.ts",
    "makeBundleAsciiInPlace",
    makeBundleAsciiInPlace,
    async () => 0,
  );
  await asciiPass(outfile);
  keepForProfile(outfile);
  return { outfile, bytes: statSync(outfile).size, clients: sdkClientsIn(result.metafile) };
}

async function baselineBundle(name: string, source: string) {
  const outfile = join(outDir, `${name}.baseline.mjs`);
  await build({
    ...buildOptions(outfile),
    stdin: { contents: source, resolveDir: REPO_ROOT, sourcefile: `${name}.baseline.mjs`, loader: "js" },
  });
  await makeBundleAsciiInPlace(outfile);
  keepForProfile(outfile);
  return { outfile, bytes: statSync(outfile).size };
}

/** One cold start in a fresh process (profiled into BENCH_CPU_PROF/<name>/<label>/ when set). */
async function coldStart(file: string, eventFile: string, env: Record<string, string>, profileDir: string) {
  const profile = CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", join(CPU_PROF, profileDir)] : [];
  try {
    const { stdout } = await run(process.execPath, [...profile, runner, file, eventFile], {
      env: { ...env, BENCH_CLOCK_OFFSET_MS: String(getProcessClockOffset()) },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 60_000,
    });
    return runOutcome(stdout);
  } catch (err) {
    return { ...NO_FIGURES, failure: `process failed: ${String(err).split("\n")[0]}` };
  }
}

const bench = await startBenchStack();
const recorder = new SdkCallRecorder();
const events = new RepresentativeEvents(bench);
const rows: LambdaResult[] = [];
/** What each row was measured with: the clients in its bundle and the SDK calls its event made. */
const made: Record<string, { sdkClients: string[]; sdkCalls: string[]; baselineFailedCalls: number }> = {};
const problems: string[] = [];
const started = Date.now();
const loadBefore = loadavg()[0] ?? 0;
try {
  for (const [name, entry] of Object.entries(ENTRIES) as [string, Entry][]) {
    if (ONLY.size > 0 && !ONLY.has(name)) continue;
    try {
      const built = await bundle(name, entry);
      // Against another build, each side gets events of its own: a write handled twice (the same
      // Idempotency-Key, the same step) would take a shorter path the second time.
      const prepared = await quiet(() => events.prepare(name, entry, (AGAINST ? 2 * RUNS : RUNS) + 1));
      const context = lambdaContext(entry);
      const { handler } = (await import(pathToFileURL(join(REPO_ROOT, entry.entry)).href)) as {
        handler: (event: unknown, context: Context) => Promise<unknown>;
      };
      const recorded = await quiet(() => recorder.record(() => handler(prepared[0], context)));
      const status = (recorded.result as { statusCode?: number } | undefined)?.statusCode;
      if (status !== undefined && status >= 400)
        problems.push(
          `${entry.entry}: the recorded event answered ${status}; the baseline replays its calls`,
        );
      const baseline = AGAINST
        ? await bundle(name, entry, AGAINST, ".baseline")
        : await baselineBundle(name, baselineSource(built.clients, recorded.calls));
      const env = bench.lambdaEnvironment(entry);
      const series = () => ({ initMs: [], firstInvokeMs: [], initCpuMs: [], firstInvokeCpuMs: [] }) as Series;
      const samples = series();
      let failedCalls = 0;
      const baseSamples = series();
      for (let i = 1; i <= RUNS; i++) {
        const eventFile = join(outDir, `${name}.${i}.json`);
        writeFileSync(eventFile, JSON.stringify({ event: prepared[i], context }));
        const againstEventFile = join(outDir, `${name}.${i}.against.json`);
        if (AGAINST) writeFileSync(againstEventFile, JSON.stringify({ event: prepared[RUNS + i], context }));
        for (const [file, into, label, events] of [
          [built.outfile, samples, "bundle", eventFile],
          [baseline.outfile, baseSamples, "baseline", AGAINST ? againstEventFile : eventFile],
        ] as const) {
          const outcome = await coldStart(file, events, env, join(name, label));
          if (outcome.failure) {
            problems.push(`${entry.entry} ${label} run ${i}: ${outcome.failure}`);
            continue;
          }
          failedCalls = Math.max(failedCalls, outcome.failedCalls ?? 0);
          into.initMs.push(outcome.initMs);
          into.firstInvokeMs.push(outcome.firstInvokeMs);
          into.initCpuMs.push(outcome.initCpuMs);
          into.firstInvokeCpuMs.push(outcome.firstInvokeCpuMs);
        }
      }
      const row = lambdaResult({
        entry: entry.entry,
        bundleBytes: built.bytes,
        baselineBytes: baseline.bytes,
        bundle: samples,
        baseline: baseSamples,
      });
      rows.push(row);
      made[entry.entry] = {
        sdkClients: built.clients,
        sdkCalls: recorded.calls.map((c) => `${c.client}:${c.command}`),
        baselineFailedCalls: failedCalls,
      };
      console.log(
        `${entry.entry}: ${built.clients.join(", ") || "no SDK client"}; calls: ${recorded.calls.map((c) => c.command.replace(/Command$/, "")).join(" ") || "none"}` +
          `${failedCalls > 0 ? ` (${failedCalls} fail when the baseline replays them)` : ""}; ` +
          `${Math.round(row.bundleOverBaselineBytes / 1024)} KB over, init ${row.initRatio}x, first invoke ${row.firstInvokeRatio}x`,
      );
    } catch (err) {
      problems.push(`${entry.entry}: ${String(err)}`);
      console.log(`${entry.entry}: not measured (${String(err).split("\n")[0]})`);
    }
  }
} finally {
  recorder.restore();
  await bench.close();
  rmSync(outDir, { recursive: true, force: true });
}

const cpu = cpus();
const results = {
  date: new Date().toISOString(),
  machine: `${cpu.length} x ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB, ${type()} ${release()} ${process.arch}`,
  node: process.version,
  runs: RUNS,
  seconds: Math.round((Date.now() - started) / 1000),
  /** The machine is shared: its 1-minute load average before and after the run. */
  loadAverage: [loadBefore, loadavg()[0] ?? 0].map((l) => Math.round(l * 10) / 10),
  summary: targetSummary(rows),
  /** The same count with the ratios in CPU time, which a busy machine barely moves. */
  summaryInCpuTime: `${targetSummary(
    rows.map((r) => ({ ...r, initRatio: r.initCpuRatio, firstInvokeRatio: r.firstInvokeCpuRatio })),
  )}, the ratios in CPU time`,
  lambdas: rows.map((row) => ({ ...row, ...made[row.entry] })),
  problems,
};
if (ONLY.size === 0 && !CPU_PROF && !AGAINST) {
  const file = join(REPO_ROOT, "bench", "results.json");
  // Biome leaves bench/*results.json alone (biome.json), so the file is written as it stays.
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
console.log("");
for (const line of resultTable(rows)) console.log(line);
console.log("");
console.log(results.summary);
console.log(results.summaryInCpuTime);
for (const p of problems) console.log(`problem: ${p}`);
console.log(
  `${results.date}, ${results.machine}, Node ${results.node}, medians of ${RUNS} interleaved runs, ${results.seconds} s`,
);
