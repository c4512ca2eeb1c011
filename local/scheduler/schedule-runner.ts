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
  log: (line: string) => void;
}

/**
 * Fires due schedules one at a time. Every entry point goes through one promise queue, so the
 * background timer, fireDue and advanceTo never fire the same occurrence twice or interleave targets.
 */
export class ScheduleRunner {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: ScheduleRunnerOptions) {}

  fireDue(): Promise<number> {
    return this.enqueue(async () => {
      let fired = 0;
      for (;;) {
        const next = this.earliestDue(this.opts.clock.now());
        if (!next) return fired;
        await this.fire(next.record, next.dueAt);
        fired++;
      }
    });
  }

  advanceTo(until: Date, setNow: (t: Date) => void): Promise<number> {
    return this.enqueue(async () => {
      let fired = 0;
      for (;;) {
        // Re-scanned each time: a target may create, update or delete schedules that fall before `until`.
        const next = this.earliestDue(until);
        if (!next) break;
        // Overdue schedules fire at the current time: the clock never moves backwards.
        if (next.dueAt.getTime() > this.opts.clock.now().getTime()) setNow(next.dueAt);
        await this.fire(next.record, next.dueAt);
        fired++;
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

  private earliestDue(limit: Date): { record: ScheduleRecord; dueAt: Date } | undefined {
    let best: { record: ScheduleRecord; dueAt: Date; key: string } | undefined;
    for (const [key, record] of this.opts.store.schedules) {
      if (record.state !== "ENABLED") continue;
      // A firing found in the store was interrupted (the queue is empty whenever we look): run it again.
      const due = record.firing?.dueAt ?? record.nextDueAt;
      if (due === undefined) continue;
      const dueAt = new Date(due);
      if (dueAt.getTime() > limit.getTime()) continue;
      const t = dueAt.getTime();
      const bestT = best?.dueAt.getTime();
      if (!best || bestT === undefined || t < bestT || (t === bestT && key < best.key)) {
        best = { record, dueAt, key };
      }
    }
    return best;
  }

  private async fire(record: ScheduleRecord, dueAt: Date): Promise<void> {
    const { store, clock, log } = this.opts;
    const key = scheduleKey(record.groupName, record.name);
    // Out of the due set (and on disk) before the target runs, so nothing can pick the same occurrence.
    record.firing = { dueAt: dueAt.toISOString() };
    record.nextDueAt = dueTimeAfterFiring(record, dueAt, clock.now())?.toISOString();
    store.save();

    const target = record.target;
    const input = target.Input ?? DEFAULT_INPUT;
    const maxRetries = target.RetryPolicy?.MaximumRetryAttempts ?? DEFAULT_RETRY_ATTEMPTS;
    const maxAgeMs = (target.RetryPolicy?.MaximumEventAgeInSeconds ?? DEFAULT_EVENT_AGE_SECONDS) * 1000;
    log(`scheduler: firing ${key} (due ${dueAt.toISOString()}) -> ${target.Arn}`);

    for (let failures = 0; ; ) {
      try {
        await this.opts.invoke(target.Arn, input);
        break;
      } catch (err) {
        failures++;
        const error = err instanceof Error ? err.message : String(err);
        const tooOld = clock.now().getTime() - dueAt.getTime() >= maxAgeMs;
        if (failures > maxRetries || tooOld) {
          const deadLetterArn = target.DeadLetterConfig?.Arn;
          store.deadLetters.push({
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
        store.schedules.delete(key);
      }
    }
    store.save();
  }
}
