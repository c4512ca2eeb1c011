import { setTimeout as sleep } from "node:timers/promises";
import { dueTimeAfterFiring } from "./schedule-due-time.js";
import { parseScheduleExpression } from "./schedule-expression.js";
import type { ScheduleRecord } from "./scheduler-schemas.js";
import { type SchedulerStore, scheduleKey } from "./scheduler-store.js";

const DEFAULT_RETRY_ATTEMPTS = 185;
const DEFAULT_EVENT_AGE_SECONDS = 86_400;
/** What a target receives when the schedule has no Input: an empty JSON object. */
const DEFAULT_INPUT = "{}";

export interface ScheduleRunnerOptions {
  store: SchedulerStore;
  clock: { now(): Date };
  invoke: (targetArn: string, input: string) => Promise<void>;
  /** `attempt` is how many attempts have failed so far (1 before the first retry). */
  retryDelayMs: (attempt: number) => number;
  /** How many targets may run at once (retries included). */
  concurrency: number;
  log: (line: string) => void;
}

/**
 * Fires due schedules in due-time order: fireDue up to `concurrency` at a time, advanceTo one at a
 * time. Every entry
 * point goes through one promise queue, so the background timer, fireDue and advanceTo never fire the
 * same occurrence twice; within one run a schedule being fired is out of the due set until it is done.
 */
export class ScheduleRunner {
  private queue: Promise<unknown> = Promise.resolve();
  /** Records whose firing runs now; a record replaced meanwhile (update, re-create) is a new object. */
  private readonly inFlight = new Set<ScheduleRecord>();
  private readonly isFree = (record: ScheduleRecord): boolean => !this.inFlight.has(record);

  constructor(private readonly opts: ScheduleRunnerOptions) {
    if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) {
      throw new Error(`fire concurrency must be a positive integer, got ${opts.concurrency}`);
    }
  }

  fireDue(): Promise<number> {
    return this.enqueue(() => this.drain(() => this.opts.clock.now().getTime(), this.opts.concurrency));
  }

  advanceTo(until: Date, setNow: (t: Date) => void): Promise<number> {
    return this.enqueue(async () => {
      let fired = 0;
      for (;;) {
        // Re-read each time: a target may create, update or delete schedules that fall before `until`.
        const next = this.opts.store.earliestDue(this.isFree);
        if (next === undefined || next > until.getTime()) break;
        // Overdue schedules fire at the current time: the clock never moves backwards. One at a time:
        // playing the clock forward is a replay, the same every time (real-time firing is concurrent).
        if (next > this.opts.clock.now().getTime()) setNow(new Date(next));
        fired += await this.drain(() => next, 1);
      }
      if (until.getTime() > this.opts.clock.now().getTime()) setNow(until);
      return fired;
    });
  }

  /** Resolves once everything queued so far has run. */
  async idle(): Promise<void> {
    await this.queue;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Fires everything due at or before `limit()`, including what becomes due meanwhile; returns the count. */
  private async drain(limit: () => number, concurrency: number): Promise<number> {
    let fired = 0;
    let failure: unknown;
    let running = 0;
    // Called when a firing ends; no Promise.race, whose reactions pile up on a long-running firing.
    let slotFreed: (() => void) | undefined;
    for (;;) {
      while (failure === undefined && running < concurrency) {
        const record = this.opts.store.takeDue(limit(), this.isFree);
        if (!record) break;
        const dueIso = record.firing?.dueAt ?? record.nextDueAt;
        if (dueIso === undefined) continue;
        this.inFlight.add(record);
        running++;
        fired++;
        this.fire(record, new Date(dueIso))
          .catch((err: unknown) => {
            failure ??= err;
          })
          .finally(() => {
            this.inFlight.delete(record);
            running--;
            slotFreed?.();
          });
      }
      if (running === 0) break;
      await new Promise<void>((resolve) => {
        slotFreed = resolve;
      });
      slotFreed = undefined;
    }
    if (failure !== undefined) throw failure;
    return fired;
  }

  private async fire(record: ScheduleRecord, dueAt: Date): Promise<void> {
    const { store, clock, log } = this.opts;
    const key = scheduleKey(record.groupName, record.name);
    // Out of the due set (and on disk) before the target runs, so nothing can pick the same occurrence.
    record.firing = { dueAt: dueAt.toISOString() };
    record.nextDueAt = dueTimeAfterFiring(record, dueAt, clock.now())?.toISOString();
    store.putSchedule(record);

    const target = record.target;
    const input = target.Input ?? DEFAULT_INPUT;
    const maxRetries = target.RetryPolicy?.MaximumRetryAttempts ?? DEFAULT_RETRY_ATTEMPTS;
    const maxAgeMs = (target.RetryPolicy?.MaximumEventAgeInSeconds ?? DEFAULT_EVENT_AGE_SECONDS) * 1000;
    log(`scheduler: firing ${key} (due ${dueAt.toISOString()}) -> ${target.Arn}`);
    // The event's age counts from its first attempt, which is its due time unless the emulator was down
    // or the clock jumped: a catch-up firing gets its whole retry window, as it would have had on time,
    // instead of being dead-lettered at its first failure (a busy target, a version conflict).
    const firstAttemptAt = clock.now().getTime();

    for (let failures = 0; ; ) {
      try {
        await this.opts.invoke(target.Arn, input);
        break;
      } catch (err) {
        failures++;
        const error = err instanceof Error ? err.message : String(err);
        const tooOld = clock.now().getTime() - firstAttemptAt >= maxAgeMs;
        if (failures > maxRetries || tooOld) {
          const deadLetterArn = target.DeadLetterConfig?.Arn;
          store.addDeadLetter({
            name: record.name,
            groupName: record.groupName,
            targetArn: target.Arn,
            input,
            error,
            at: clock.now().toISOString(),
            deadLetterArn,
          });
          const why = tooOld ? "event too old" : `${failures} attempts`;
          log(
            `scheduler: ${key} failed (${why}): ${error}; dead letter -> ${deadLetterArn ?? "(no DLQ configured)"}`,
          );
          break;
        }
        log(`scheduler: ${key} attempt ${failures} failed: ${error}; retrying`);
        await sleep(this.opts.retryDelayMs(failures));
      }
    }

    // The target may have deleted, updated or re-created its own schedule meanwhile. Both update and
    // create store a new object, so identity tells whether this is still the schedule that fired.
    if (store.schedules.get(key) === record) {
      delete record.firing;
      const parsed = parseScheduleExpression(record.expression);
      if (parsed.ok && parsed.value.kind === "at" && record.actionAfterCompletion === "DELETE") {
        store.deleteSchedule(record.groupName, record.name);
      } else {
        store.putSchedule(record);
      }
    }
  }
}
