/**
 * Bundle size and cold import time of every Lambda, built the way the CDK app builds them (esbuild, ESM,
 * minified, node22). Prints figures; asserts nothing. Usage: npm run bench
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { REPO_ROOT } from "../local/repo-root.js";
import { CONFIG_PIECE_NAMES } from "../shared/config/config-pieces.js";
import { environmentFor } from "../shared/config/environment-for.js";
import { ENTRY_LIST } from "../shared/entries/entry-catalogue.js";

const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];
const outDir = mkdtempSync(join(tmpdir(), "followup-bench-"));
// Beside the bundles, as the CDK ships them (infra/constructs/followup-function.ts): the calendar reads them.
cpSync(join(REPO_ROOT, "shared/domain/holiday-tables"), join(outDir, "holiday-tables"), { recursive: true });
const env = {
  ...process.env,
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "bench",
  AWS_SECRET_ACCESS_KEY: "bench",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  ...environmentFor(CONFIG_PIECE_NAMES, {
    tableName: "t",
    scheduleGroupName: "g",
    senderFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:s",
    schedulerRoleArn: "arn:aws:iam::000000000000:role/r",
    mailFromAddress: "followups@example.com",
    replyDomain: "reply.example.com",
    replyTokenSecret: "bench-secret-bench-secret",
    inboundMailBucket: "bench-inbound",
  }),
};
const RUNS = 5;

/** Median wall time of importing the bundle in a fresh node process. */
function importMs(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  const times = Array.from({ length: RUNS }, () =>
    Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { env }).toString().trim()),
  );
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const rows: string[][] = [];
for (const entry of entries) {
  const outfile = join(outDir, `${entry.replace(/[/.]/g, "_")}.mjs`);
  await build({
    entryPoints: [join(REPO_ROOT, entry)],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node22",
    mainFields: ["module", "main"],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: "error",
  });
  rows.push([
    entry,
    `${(statSync(outfile).size / 1024).toFixed(0)} KB`,
    `${importMs(outfile).toFixed(0)} ms`,
  ]);
}
writeFileSync(join(outDir, "done"), "");
const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
console.log(`${"lambda".padEnd(width)}  bundle  cold import (median of ${RUNS})`);
for (const [entry, size, ms] of rows)
  console.log(`${entry?.padEnd(width)}  ${size?.padStart(6)}  ${ms?.padStart(6)}`);
rmSync(outDir, { recursive: true, force: true });
