/**
 * Runs one scenario in this process (each gets its own: the handlers read their configuration and build
 * their clients once per process) and writes its figures as JSON to the file named by argv[3].
 */
import { writeFileSync } from "node:fs";
import { SCENARIOS } from "./scenarios.js";

const [name, out] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.name === name);
if (!scenario || !out) {
  console.error(`usage: run-scenario.ts <${SCENARIOS.map((s) => s.name).join("|")}> <result.json>`);
  process.exit(2);
}
const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
const { run } = await scenario.load();
const figures = await run(seed);
figures.notes.push(`seed ${seed} (RELIABILITY_SEED=${seed} replays it)`);
writeFileSync(out, JSON.stringify(figures));
process.exit(0);
