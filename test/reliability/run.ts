/**
 * `npm run test:reliability`: plays each reliability scenario against the local stack, each in its own
 * process, prints one table of their figures and exits non-zero when any figure that must be zero is not
 * (or a scenario could not run). Without arguments it plays the default set (the scenarios that hold on
 * main); name scenarios to play others: `npm run test:reliability -- stop-races hung-dependencies`, or
 * `all`, or set RELIABILITY_SCENARIOS (comma-separated). RELIABILITY_SEED replays a run.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCENARIOS } from "./scenarios.js";
import { emptyFigures, failedChecks, type ScenarioFigures } from "./support/figures.js";
import { formatTable } from "./support/format-table.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const asked = [
  ...process.argv.slice(2),
  ...(process.env.RELIABILITY_SCENARIOS ?? "").split(",").filter(Boolean),
].map((a) => a.trim());
const unknownNames = asked.filter((a) => a !== "all" && !SCENARIOS.some((s) => s.name === a));
if (unknownNames.length > 0) {
  console.error(
    `reliability: unknown scenario ${unknownNames.join(", ")}; known: ${SCENARIOS.map((s) => s.name).join(", ")}, all`,
  );
  process.exit(2);
}
const chosen = asked.includes("all")
  ? SCENARIOS
  : asked.length > 0
    ? SCENARIOS.filter((s) => asked.includes(s.name))
    : SCENARIOS.filter((s) => s.byDefault);
const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
const work = mkdtempSync(join(tmpdir(), "followup-reliability-run-"));

/** The last lines of a scenario's log that report an error, each cut to 400 characters. */
function errorLines(logFile: string, most = 20): string[] {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => /error|failed|exception/i.test(line))
    .slice(-most)
    .map((line) => line.slice(0, 400));
}

function runScenario(name: string): Promise<{ figures: ScenarioFigures; seconds: number; log: string }> {
  const out = join(work, `${name}.json`);
  const logFile = join(work, `${name}.log`);
  const log = createWriteStream(logFile);
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(here, "run-scenario.ts"), name, out], {
      env: {
        ...process.env,
        RELIABILITY_SEED: String(seed),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on("close", (code) => {
      const seconds = Math.round((Date.now() - began) / 1000);
      if (code === 0 && existsSync(out)) {
        resolve({ figures: JSON.parse(readFileSync(out, "utf8")) as ScenarioFigures, seconds, log: logFile });
        return;
      }
      const figures = emptyFigures(name);
      figures.other = 1;
      const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-8) : [];
      figures.notes.push(`the scenario did not finish (exit ${code}); last lines of its output:`, ...tail);
      resolve({ figures, seconds, log: logFile });
    });
  });
}

console.log(
  `reliability: ${chosen.map((s) => s.name).join(", ")} (seed ${seed}; not run: ${
    SCENARIOS.filter((s) => !chosen.includes(s))
      .map((s) => s.name)
      .join(", ") || "none"
  })`,
);
const rows: { figures: ScenarioFigures; seconds: number }[] = [];
for (const scenario of chosen) {
  console.log(`reliability: playing ${scenario.name}...`);
  const result = await runScenario(scenario.name);
  rows.push(result);
  const failed = failedChecks(result.figures);
  console.log(
    `reliability: ${scenario.name} ${failed.length === 0 ? "held" : `FAILED (${failed.join(", ")})`} in ${result.seconds} s`,
  );
  for (const n of result.figures.notes) console.log(`  ${n}`);
  // A failure's cause is often in what the stack logged (a handler's stack trace behind a 500): the
  // scenario's log is deleted with the run's temp dir, so its error lines are printed here.
  if (failed.length > 0) for (const line of errorLines(result.log)) console.log(`  log: ${line}`);
}
console.log(`\n${formatTable(rows)}\n`);
rmSync(work, { recursive: true, force: true });
const failed = rows.filter((r) => failedChecks(r.figures).length > 0);
console.log(
  failed.length === 0
    ? `reliability: PASS, ${rows.length} scenario(s), every figure that must be zero is zero`
    : `reliability: FAIL, ${failed.length} of ${rows.length} scenario(s): ${failed.map((r) => `${r.figures.scenario} (${failedChecks(r.figures).join(", ")})`).join("; ")}`,
);
process.exit(failed.length === 0 ? 0 : 1);
