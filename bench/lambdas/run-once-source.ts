/** The line a fresh process prints its figures on (handlers log JSON lines to the same stdout). */
export const RESULT_MARKER = "BENCH_RESULT ";

/**
 * The script a fresh node process runs for one cold start: `node run-once.mjs <bundle> <event.json>`. With
 * BENCH_CLOCK_OFFSET_MS it first shifts the process's clock as the local stack's is (so a step the stack
 * planned is due); then it imports the bundle (init) and hands its handler the event (first invoke,
 * counted from the start of the import), and prints the figures (wall and CPU time of the process), the
 * status code and any error.
 */
export const RUN_ONCE_SOURCE = `import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [bundle, eventFile] = process.argv.slice(2);
const offset = Number(process.env.BENCH_CLOCK_OFFSET_MS || 0);
if (offset) {
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
    static now() { return RealDate.now() + offset; }
  };
}
const { event, context } = JSON.parse(readFileSync(eventFile, "utf8"));
context.getRemainingTimeInMillis = () => 10000;
const c0 = process.cpuUsage();
const t0 = performance.now();
const { handler } = await import(pathToFileURL(bundle).href);
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
let result;
let error;
try { result = await handler(event, context); } catch (e) { error = String(e?.stack ?? e); }
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const cpuMs = (c) => (c.user + c.system) / 1000;
process.stdout.write("\\n${RESULT_MARKER}" + JSON.stringify({ initMs: t1 - t0, firstInvokeMs: t2 - t0, initCpuMs: cpuMs(c1), firstInvokeCpuMs: cpuMs(c2), statusCode: result?.statusCode, failedCalls: result?.failedCalls, error }) + "\\n");
process.exit(0);
`;
