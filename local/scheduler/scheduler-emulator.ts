import { createServer } from "node:http";
import { closeServer } from "../close-server.js";
import { listenOn } from "../listen-on.js";
import { ScheduleRunner } from "./schedule-runner.js";
import { SchedulerApi } from "./scheduler-api.js";
import { createSchedulerHttpHandler } from "./scheduler-http-handler.js";
import { SchedulerStore } from "./scheduler-store.js";

/**
 * Local EventBridge Scheduler: the restJson1 API the real `@aws-sdk/client-scheduler` speaks, persisted
 * to `<dataDir>/scheduler.json` and its journal `<dataDir>/scheduler.journal`, invoking targets
 * in-process when schedules fall due on the given clock.
 *
 * Differences from AWS, on purpose:
 * - at() schedules fire at their exact time (FlexibleTimeWindow is stored, not applied); one in the past
 *   is accepted and fires on the next check.
 * - rate() fires every interval from StartDate (included) or from creation (excluded), until EndDate;
 *   occurrences missed while the clock jumped or the emulator was down collapse into one firing, except
 *   in advanceTo, which walks through each of them.
 * - cron() is validated loosely and stored, but never fires.
 * - A target that keeps failing is retried per its RetryPolicy (real-time backoff) and then recorded as
 *   a dead letter, kept in the state file whether or not a DeadLetterConfig is set. MaximumEventAgeInSeconds
 *   counts from the first attempt, so a firing that starts late (emulator down, clock jumped) still retries.
 * - Signatures are not verified; tags and ListTagsForResource are not implemented.
 * Firings run through one queue, started in due order: fireDue (and the background timer) runs up to
 * `fireConcurrency` targets at a time, as AWS fires schedules independently; advanceTo runs them one at
 * a time, so playing the clock forward is the same every time. A target may call the HTTP API, but must
 * not await fireDue/advanceTo (it would wait for itself).
 */
export interface SchedulerEmulatorOptions {
  /**
   * State lives in `<dataDir>/scheduler.json` (a snapshot, rewritten atomically at start, on close and
   * when the journal outgrows it) and `<dataDir>/scheduler.journal` (one appended line per change).
   */
  dataDir: string;
  /** How many targets fireDue and the background timer may run at once. Default 16 (advanceTo: 1). */
  fireConcurrency?: number;
  /** Fold the journal into a new snapshot past this size (and past the snapshot's). Default 4 MiB. */
  compactAtBytes?: number;
  /** fsync every journal line and snapshot. Default false (a change survives the process, not power loss). */
  fsync?: boolean;
  /** The stack's clock; it may be shifted forward by the local stack. */
  clock: { now(): Date };
  /** Runs the target; a throw or rejection counts as a failed attempt. */
  invoke: (targetArn: string, input: string) => Promise<void>;
  /** Real-time backoff before retry number `attempt` (1-based). Default 100ms * 2^(attempt-1), capped at 2s. */
  retryDelayMs?: (attempt: number) => number;
  /** Real-time period of the check for due schedules. Default 1000; 0 = no background timer. */
  pollIntervalMs?: number;
  log?: (line: string) => void;
  /** Used in ARNs only. Default us-east-1. */
  region?: string;
  /** Used in ARNs only. Default 000000000000. */
  accountId?: string;
}

export interface SchedulerEmulator {
  /** http://127.0.0.1:<actual port> */
  url: string;
  /** Fire, in due-time order, every schedule whose time <= clock.now(); resolves when their targets ran (including retries). Returns how many fired. */
  fireDue(): Promise<number>;
  /**
   * Fire schedules due up to `until` in order, calling setNow(t) with each schedule's due time before
   * firing it (so targets see the time they were due; never backwards for overdue ones), then
   * setNow(until). Schedules created by targets while advancing that fall due before `until` also fire.
   */
  advanceTo(until: Date, setNow: (t: Date) => void): Promise<number>;
  deadLetters(): ReadonlyArray<{
    name: string;
    groupName: string;
    targetArn: string;
    input: string;
    error: string;
    at: string;
    deadLetterArn?: string;
  }>;
  /** Stops the timer, waits for in-flight firings, stops the server, flushes state. */
  close(): Promise<void>;
}

const DEFAULT_FIRE_CONCURRENCY = 16;
const defaultRetryDelayMs = (attempt: number): number => Math.min(2000, 100 * 2 ** (attempt - 1));

export async function startSchedulerEmulator(
  opts: SchedulerEmulatorOptions & { port: number; host?: string },
): Promise<SchedulerEmulator> {
  const log = opts.log ?? (() => {});
  const host = opts.host ?? "127.0.0.1";
  const concurrency = opts.fireConcurrency ?? DEFAULT_FIRE_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`fireConcurrency must be a positive integer, got ${concurrency}`);
  }
  const store = SchedulerStore.open(opts.dataDir, { compactAtBytes: opts.compactAtBytes, fsync: opts.fsync });
  const api = new SchedulerApi({
    store,
    clock: opts.clock,
    region: opts.region ?? "us-east-1",
    accountId: opts.accountId ?? "000000000000",
    log,
  });
  const runner = new ScheduleRunner({
    store,
    clock: opts.clock,
    invoke: opts.invoke,
    retryDelayMs: opts.retryDelayMs ?? defaultRetryDelayMs,
    concurrency,
    log,
  });

  const server = createServer(createSchedulerHttpHandler(api, log));
  let port: number;
  try {
    port = await listenOn(server, opts.port, host);
  } catch (err) {
    store.close();
    throw err;
  }

  let closed = false;
  const ifOpen = <T>(run: () => Promise<T>): Promise<T> =>
    closed ? Promise.reject(new Error("the scheduler emulator is closed")) : run();

  let timer: NodeJS.Timeout | undefined;
  const pollIntervalMs = opts.pollIntervalMs ?? 1000;
  if (pollIntervalMs > 0) {
    let ticking = false;
    timer = setInterval(() => {
      // A slow firing must not pile up ticks behind it in the queue.
      if (ticking || closed) return;
      ticking = true;
      runner
        .fireDue()
        .catch((err: unknown) =>
          log(`scheduler: background firing failed: ${(err as Error)?.stack ?? String(err)}`),
        )
        .finally(() => {
          ticking = false;
        });
    }, pollIntervalMs);
    timer.unref();
  }

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    fireDue: () => ifOpen(() => runner.fireDue()),
    advanceTo: (until, setNow) => ifOpen(() => runner.advanceTo(until, setNow)),
    deadLetters: () => store.deadLetters.map((d) => ({ ...d })),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      // The server stays up until firings finish: a running target may still call the API (clean-up).
      await runner.idle();
      await closeServer(server);
      store.close();
    },
  };
}
