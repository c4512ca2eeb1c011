/**
 * Load on the local stack (`npm run bench:load`), loopback only, every phase bounded by --budget-s:
 * A. the whole stack in this process, over HTTP:
 *    1. register interviews, --concurrency at a time (rate, p50/p99, CPU per request, errors), after
 *       --warmup registrations made first and reported on their own line (the first requests wait on JIT
 *       compilation in every isolate; their steps fall due with the others);
 *    2. read them back (GET /interviews/{id}), --concurrency at a time, after --read-warmup reads
 *       reported on their own line (the read route's code is new to every isolate at that point);
 *    3. resident memory with those interviews and their schedules, then with far-future filler
 *       schedules up to --pending (created through the Scheduler API) and copies of a registered
 *       interview's item up to --interviews (written to the table);
 *    4. the clock moved past every registered step: --stack-steps steps due at once, all fired through
 *       the real sender (emails counted in the SES emulator), fire lag p50/p99/max;
 * B. the Scheduler emulator alone, targets that return at once: --pending schedules created (cost per
 *    create in the first and the last tenth), memory, then --steps of them due at once, fire lag.
 * Prints a table and writes bench/load-results.json. Asserts nothing: figures, not tests. The machine
 * is shared: CPU per operation is steadier than wall-clock figures, and the load average is printed.
 * Flags: --steps 10000 --stack-steps 10000 --register 200 (at least) --warmup 200 --reads 10000
 *        --read-warmup 4000 --pending 50000
 *        --interviews 10000
 *        --concurrency 50 --budget-s 300 --timeout-ms 30000 --skip-stack --skip-emulator --verbose
 *        --profile-dir <dir> (a CPU profile of each stack phase: register, read, fire)
 *        --handler-threads N (worker threads running the handlers; 0 runs them on the stack's main thread;
 *        default: the stack's, LOCAL_HANDLER_THREADS or 2)
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { localConfig } from "../local/local-config.js";
import { REPO_ROOT } from "../local/repo-root.js";
import { emulatorLoad } from "./load/emulator-load.js";
import { type MachineShare, machineCpuNow, machineShare } from "./load/machine-cpu.js";
import { quietConsole } from "./load/quiet-console.js";
import { referenceWorkMs } from "./load/reference-work.js";
import { stackLoad } from "./load/stack-load.js";

const { values: flags } = parseArgs({
  options: {
    steps: { type: "string", default: "10000" },
    "stack-steps": { type: "string", default: "10000" },
    register: { type: "string", default: "200" },
    warmup: { type: "string", default: "200" },
    reads: { type: "string", default: "10000" },
    "read-warmup": { type: "string", default: "4000" },
    pending: { type: "string", default: "50000" },
    interviews: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "50" },
    "budget-s": { type: "string", default: "300" },
    "timeout-ms": { type: "string", default: "30000" },
    "skip-stack": { type: "boolean", default: false },
    "skip-emulator": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    "profile-dir": { type: "string" },
    "handler-threads": { type: "string", default: String(localConfig().LOCAL_HANDLER_THREADS) },
  },
});
const int = (name: keyof typeof flags, min: number): number => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer >= ${min}, got ${flags[name]}`);
  return n;
};
const opts = {
  steps: int("steps", 0),
  stackSteps: int("stack-steps", 1),
  register: int("register", 1),
  warmup: int("warmup", 0),
  reads: int("reads", 1),
  readWarmup: int("read-warmup", 0),
  pending: int("pending", 0),
  interviews: int("interviews", 0),
  concurrency: int("concurrency", 1),
  budgetMs: int("budget-s", 1) * 1000,
  timeoutMs: int("timeout-ms", 1),
  handlerThreads: int("handler-threads", 0),
};
const quiet = <T>(run: () => Promise<T>) =>
  flags.verbose ? run().then((value) => ({ value, errorLines: 0, outcomes: {} })) : quietConsole(run);

const referenceWorkMsAtStart = referenceWorkMs();
const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 10) / 10);
const machineAtStart = machineCpuNow();
const cpuAtStart = process.cpuUsage();
const wallAtStart = performance.now();
const stack = flags["skip-stack"]
  ? undefined
  : await quiet(() =>
      stackLoad({
        steps: opts.stackSteps,
        minRegister: opts.register,
        warmup: opts.warmup,
        reads: opts.reads,
        readWarmup: opts.readWarmup,
        pending: opts.pending,
        interviews: opts.interviews,
        concurrency: opts.concurrency,
        budgetMs: opts.budgetMs,
        timeoutMs: opts.timeoutMs,
        profileDir: flags["profile-dir"],
        handlerThreads: opts.handlerThreads,
      }),
    );
const emulator = flags["skip-emulator"]
  ? undefined
  : await emulatorLoad({
      pending: Math.max(opts.pending, opts.steps),
      due: opts.steps,
      concurrency: opts.concurrency,
      budgetMs: opts.budgetMs,
    });

/** Steal and other processes over the whole run (this process's own CPU left out). */
function machineDuringRun(): MachineShare | undefined {
  const now = machineCpuNow();
  if (!machineAtStart || !now) return undefined;
  const cpu = process.cpuUsage(cpuAtStart);
  const ownCores = (cpu.user + cpu.system) / ((performance.now() - wallAtStart) * 1000);
  return machineShare(machineAtStart, now, ownCores, os.availableParallelism());
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    node: process.version,
    // The flags Node was started with (package.json's bench:load), without tsx's own loader arguments.
    nodeFlags: process.execArgv.filter(
      (a) => /^--[a-z-]+(=\d+)?$/.test(a) && a !== "--require" && a !== "--import",
    ),
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 10) / 10),
    duringRun: machineDuringRun(),
    referenceWorkMs: { atStart: referenceWorkMsAtStart, atEnd: referenceWorkMs() },
  },
  options: opts,
  stack: stack && { ...stack.value, handlerErrorLines: stack.errorLines, handlerLogTally: stack.outcomes },
  emulator,
};

const rows: Array<[string, string]> = [];
if (results.stack) {
  const s = results.stack;
  const cpuEach = (c: {
    cpuMsEach: number;
    mainThreadCpuMsEach?: number;
    handlerThreadsCpuMsEach?: number;
    busy?: { main: number; handlerThreads?: number[]; emulatorThread: number; rest: number };
    machine?: MachineShare;
  }) =>
    `${c.cpuMsEach} ms each` +
    (c.mainThreadCpuMsEach === undefined ? "" : ` (main thread ${c.mainThreadCpuMsEach} ms`) +
    (c.handlerThreadsCpuMsEach === undefined ? "" : `, handler threads ${c.handlerThreadsCpuMsEach} ms`) +
    (c.mainThreadCpuMsEach === undefined ? "" : ")") +
    (c.busy
      ? `; busy: main ${c.busy.main}` +
        (c.busy.handlerThreads ? `, handler threads ${c.busy.handlerThreads.join(" ")}` : "") +
        `, emulator thread ${c.busy.emulatorThread}, rest ${c.busy.rest}`
      : "") +
    (c.machine
      ? `; machine: steal ${Math.round(c.machine.steal * 100)} %, other processes ${c.machine.otherProcessesCores} cores`
      : "");
  const errs = (e: { errors: number; errorKinds: Record<string, number> }) =>
    `${e.errors} errors${e.errors ? ` ${JSON.stringify(e.errorKinds)}` : ""}`;
  const w = s.registerWarmup;
  rows.push(
    [
      `stack: register warm-up`,
      `${w.count} req first (not in the figures below), p50 ${w.p50Ms} ms, p99 ${w.p99Ms} ms, max ${w.maxMs} ms, ${errs(w)}`,
    ],
    [
      `stack: register, ${opts.concurrency} concurrent`,
      `${s.register.count} req, ${s.register.perSecond}/s, p50 ${s.register.p50Ms} ms, p99 ${s.register.p99Ms} ms, ` +
        `CPU ${cpuEach(s.register)}, ${errs(s.register)}` +
        `${s.register.notSentByBudget ? `, ${s.register.notSentByBudget} not sent (budget)` : ""}` +
        `, ${s.register.stepsLeftUnscheduled} steps left unscheduled`,
    ],
    [
      `stack: read warm-up`,
      `${s.readWarmup.count} req first (not in the figures below), p50 ${s.readWarmup.p50Ms} ms, p99 ${s.readWarmup.p99Ms} ms, max ${s.readWarmup.maxMs} ms; p50 by 1,000 in turn ${s.readWarmup.p50MsByThousand.join(", ")} ms; ${errs(s.readWarmup)}`,
    ],
    [
      `stack: read, ${opts.concurrency} concurrent`,
      `${s.read.count} req, ${s.read.perSecond}/s, p50 ${s.read.p50Ms} ms, p99 ${s.read.p99Ms} ms, ` +
        `CPU ${cpuEach(s.read)}, ${errs(s.read)}`,
    ],
  );
  for (const [name, m] of Object.entries(s.memory)) {
    const counts =
      "interviews" in m ? `, ${m.interviews} interviews, ${m.pendingSchedules} pending schedules` : "";
    rows.push([`stack: memory ${name}`, `RSS ${m.rssMb} MB, heap ${m.heapUsedMb} MB${counts}`]);
  }
  const f = s.fire;
  rows.push([
    `stack: ${f.stepsDue} steps due at once`,
    `${f.fired} fired, ${f.emailsSent} emails, all done in ${f.allDoneSeconds} s (${f.firedPerSecond}/s, ` +
      `CPU ${cpuEach(f)}), lag p50 ${f.lagP50Ms} ms, p99 ${f.lagP99Ms} ms, max ${f.lagMaxMs} ms, ` +
      `${f.failedAttempts} failed attempts, ${f.deadLetters} dead letters, ${s.handlerErrorLines} handler error lines`,
  ]);
  for (const line of f.failureLines) rows.push(["stack: a failed attempt", line]);
  const steps = Object.entries(s.handlerLogTally).filter(([k]) => k.startsWith("step processed"));
  if (steps.length)
    rows.push([
      "stack: sender outcomes (whole run)",
      steps.map(([k, n]) => `${k.replace("step processed: ", "")} ${n}`).join(", "),
    ]);
}
if (results.emulator) {
  const e = results.emulator;
  const tenth = (t: { perSecond: number; cpuMicrosPerCreate: number } | undefined) =>
    t ? `${t.perSecond}/s, CPU ${t.cpuMicrosPerCreate} µs each` : "n/a";
  rows.push(
    [
      `emulator: ${e.created} creates, ${opts.concurrency} concurrent`,
      `${e.createsPerSecond}/s; first tenth ${tenth(e.firstTenth)}; last tenth ${tenth(e.lastTenth)}; ` +
        `${e.createErrors} errors; state on disk ${e.stateMb} MB`,
    ],
    [
      `emulator: memory with ${e.created} schedules`,
      `heap +${e.memory.heapGrowthMb} MB after GC (RSS ${e.memory.rssMb} MB, the whole process)`,
    ],
    [
      `emulator: ${e.due} due at once`,
      `${e.fired} fired in ${e.fireSeconds} s (${e.firedPerSecond}/s, CPU ${e.fireCpuMicrosEach} µs each), ` +
        `lag p50 ${e.lagP50Ms} ms, p99 ${e.lagP99Ms} ms, max ${e.lagMaxMs} ms`,
    ],
  );
}
console.log(
  `local load, ${results.date}, ${results.machine.cpus} CPUs (${results.machine.cpuModel}), Node ${results.machine.node} ` +
    `(${results.machine.nodeFlags.join(" ")}), ` +
    `load average ${loadAverageAtStart.join(" ")} at start, ${results.machine.loadAverageAtEnd.join(" ")} at the end, ` +
    `${opts.handlerThreads} handler threads` +
    (results.machine.duringRun
      ? `, steal ${Math.round(results.machine.duringRun.steal * 100)} % and other processes ` +
        `${results.machine.duringRun.otherProcessesCores} cores over the run`
      : "") +
    `; reference work ${results.machine.referenceWorkMs.atStart} ms at start, ` +
    `${results.machine.referenceWorkMs.atEnd} ms at the end (lower is a faster machine right now)\n`,
);
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
writeFileSync(join(REPO_ROOT, "bench", "load-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwritten: bench/load-results.json");
