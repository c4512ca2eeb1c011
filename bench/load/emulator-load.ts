import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { startSchedulerEmulator } from "../../local/scheduler/scheduler-emulator.js";
import { createScheduleRaw } from "./create-schedule-raw.js";
import { latencySummary } from "./latency-summary.js";
import { memoryNow } from "./memory-now.js";
import { runConcurrently } from "./run-concurrently.js";

export interface EmulatorLoadOptions {
  /** Schedules created in all. */
  pending: number;
  /** How many of them fall due at the same instant (the rest are far in the future). */
  due: number;
  concurrency: number;
  budgetMs: number;
}

const NOW = new Date("2027-01-04T09:00:00Z");
const DUE_AT = "at(2027-01-04T10:00:00)";
const FAR = "at(2099-01-01T00:00:00)";

/**
 * The Scheduler emulator alone, with targets that return at once: what it costs per change as the number
 * of schedules grows (the first tenth of the creates against the last tenth), its memory with `pending`
 * schedules, and how fast it starts `due` schedules falling due at once. Separates the emulator's own
 * limits from the sender's.
 */
export async function emulatorLoad(opts: EmulatorLoadOptions) {
  const dataDir = mkdtempSync(join(os.tmpdir(), "bench-scheduler-"));
  const clock = { t: NOW, now: () => clock.t };
  let t0 = Number.POSITIVE_INFINITY;
  const starts: number[] = [];
  const before = memoryNow();
  const emulator = await startSchedulerEmulator({
    dataDir,
    clock,
    port: 0,
    pollIntervalMs: 0,
    invoke: async () => {
      starts.push(performance.now() - t0);
    },
  });
  try {
    // Due ones spread through the run, so the index holds them among the far-future ones.
    const every = opts.due > 0 ? Math.max(1, Math.floor(opts.pending / opts.due)) : Number.POSITIVE_INFINITY;
    let dueCreated = 0;
    const tenth = Math.max(1, Math.floor(opts.pending / 10));
    // Wall time and process CPU when the first, the second tenth and the last tenth of the creates start.
    const marks = new Map<number, { at: number; cpu: number }>();
    const mark = () => {
      const c = process.cpuUsage();
      return { at: performance.now(), cpu: c.user + c.system };
    };
    let errors = 0;
    const run = await runConcurrently(opts.pending, opts.concurrency, opts.budgetMs, async (i) => {
      if (i === 0 || i === tenth || i === opts.pending - tenth) marks.set(i, mark());
      const isDue = i % every === 0 && dueCreated < opts.due;
      if (isDue) dueCreated++;
      try {
        const status = await createScheduleRaw(emulator.url, {
          name: `s-${i}`,
          expression: isDue ? DUE_AT : FAR,
          targetArn: "arn:aws:lambda:us-east-1:000000000000:function:followup-sender",
          input: JSON.stringify({ interviewId: `01BENCH${String(i).padStart(19, "0")}`, stepId: "s1" }),
        });
        if (status !== 200) errors++;
      } catch {
        errors++;
      }
    });
    const end = mark();
    const perCreate = (
      a: { at: number; cpu: number } | undefined,
      b: { at: number; cpu: number } | undefined,
    ) =>
      a && b
        ? {
            perSecond: Math.round(tenth / ((b.at - a.at) / 1000)),
            cpuMicrosPerCreate: Math.round((b.cpu - a.cpu) / tenth),
          }
        : undefined;
    const after = memoryNow();
    const memory = { ...after, heapGrowthMb: after.heapUsedMb - before.heapUsedMb };
    const fileBytes = (name: string) =>
      existsSync(join(dataDir, name)) ? statSync(join(dataDir, name)).size : 0;
    const stateBytes = fileBytes("scheduler.json") + fileBytes("scheduler.journal");

    clock.t = new Date("2027-01-04T10:00:00Z");
    const cpu = process.cpuUsage();
    t0 = performance.now();
    const fired = await emulator.fireDue();
    const fireMs = performance.now() - t0;
    const fireCpu = process.cpuUsage(cpu);
    const lag = latencySummary(starts);
    return {
      created: run.results.length - errors,
      createErrors: errors,
      createsNotSentByBudget: run.skipped,
      createsPerSecond: Math.round(run.results.length / (run.elapsedMs / 1000)),
      firstTenth: perCreate(marks.get(0), marks.get(tenth)),
      lastTenth: run.skipped ? undefined : perCreate(marks.get(opts.pending - tenth), end),
      stateMb: Math.round((stateBytes / 1024 / 1024) * 10) / 10,
      memory,
      due: dueCreated,
      fired,
      fireSeconds: Math.round(fireMs / 100) / 10,
      firedPerSecond: Math.round(fired / (fireMs / 1000)),
      fireCpuMicrosEach: fired ? Math.round((fireCpu.user + fireCpu.system) / fired) : 0,
      lagP50Ms: lag.p50Ms,
      lagP99Ms: lag.p99Ms,
      lagMaxMs: lag.maxMs,
    };
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
