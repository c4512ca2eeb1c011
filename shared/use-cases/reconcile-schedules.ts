import { toSendAt } from "../domain/business-calendar.js";
import { STALE_CLAIM_MS } from "../domain/decide-claim.js";
import type { Interview } from "../domain/interview.js";
import { localScheduleTime } from "../domain/local-schedule-time.js";
import { scheduleNameFor } from "../domain/schedule-name.js";
import type { Step } from "../domain/step.js";
import { stepDuePayload } from "../domain/step-due-payload.js";
import { withEvent } from "../domain/with-event.js";
import { NOT_SCHEDULED_REASON, SKIPPED_NOT_SCHEDULED_NOTE } from "../mail/chain-timeline-words.js";
import { mutateInterview } from "./mutate-interview.js";
import { scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** The store operations the reconciler calls. */
export type ReconcileDeps = ChainDeps<"listNeedingAttention" | "get" | "replace">;

/** A step whose schedule could not be created for this long is skipped rather than sent very late. */
export const MAX_LATENESS_MS = 2 * 86_400_000;

/** How soon a sweep schedule fires the sender for a stale claim. */
const SWEEP_DELAY_MS = 60_000;

export interface ReconcileReport {
  interviews: number;
  scheduled: number;
  skipped: number;
  /** Stale claims (`sending` steps a crashed sender left) handed back to the sender to settle. */
  swept: number;
}

/**
 * The schedule that fires the sender once more for a step in flight. Distinct from the step's own name, so
 * it neither replaces a schedule still retrying nor is replaced by one; at most 64 characters, as the
 * Scheduler requires.
 */
export function sweepScheduleName(interviewId: string, stepId: string): string {
  return `${scheduleNameFor(interviewId, stepId)}-sweep`.slice(0, 64);
}

/**
 * A claim older than STALE_CLAIM_MS belongs to a sender that died mid-send. Its schedule's retries settle it,
 * but if they ran out the step would stay `sending` for ever: the candidate never told, the chain never
 * complete. The reconciler cannot settle it itself (no SES permission to tell the candidate), so it makes
 * the sender fire for the step once more: the sender finds the stale claim and marks it `unknown` (or
 * re-sends a reminder), exactly as on a retry.
 */
async function sweepStaleClaims(deps: ReconcileDeps, interview: Interview, now: Date): Promise<number> {
  const stale = interview.steps.filter(
    (s) => s.status === "sending" && now.getTime() - Date.parse(s.claimedAt ?? s.updatedAt) >= STALE_CLAIM_MS,
  );
  const results = await Promise.allSettled(
    stale.map((s) =>
      deps.schedules.upsert({
        name: sweepScheduleName(interview.id, s.id),
        localTime: localScheduleTime(
          toSendAt(new Date(now.getTime() + SWEEP_DELAY_MS), s.timezone),
          s.timezone,
        ),
        timezone: s.timezone,
        payload: JSON.stringify(stepDuePayload(interview.id, s.id)),
      }),
    ),
  );
  results.forEach((r, i) => {
    if (r.status === "rejected") {
      deps.log.warn("could not schedule the sweep of a stale claim; next run retries", {
        interviewId: interview.id,
        stepId: stale[i]?.id,
        error: String(r.reason),
      });
    }
  });
  return results.filter((r) => r.status === "fulfilled").length;
}

/** Interviews read per query of the attention index. */
const PAGE_SIZE = 50;

/**
 * Real time after which a run starts no further interview. One interview's calls are each bounded (about
 * 5 s: functions/clients/client-defaults.ts) and at most a handful are made in turn, so a run that stops
 * starting new work after a minute ends well inside the function's 2-minute timeout (infra), and what is
 * left is the next run's (every 15 minutes).
 */
export const RUN_BUDGET_MS = 60_000;

/**
 * Runs on a rate schedule: finds steps still `unscheduled` (their schedule could not be created when the
 * chain was planned, or moved when a step got a new time) and creates their schedules. A step already due
 * fires at once, since the sender moves anything outside the send window; one more than MAX_LATENESS_MS
 * late is skipped and says so. Stale claims are handed back to the sender (see `sweepStaleClaims`).
 *
 * It pages through the whole attention index, oldest first, until the index ends or RUN_BUDGET_MS is
 * spent: interviews a run cannot fix (a schedule the Scheduler keeps refusing, a write that keeps
 * conflicting) stay in the index at its head, and reading only its first page would leave every interview
 * behind them waiting until they are skipped as too late.
 */
export async function reconcileSchedules(
  deps: ReconcileDeps,
  options: { pageSize?: number; budgetMs?: number } = {},
): Promise<ReconcileReport> {
  const report: ReconcileReport = { interviews: 0, scheduled: 0, skipped: 0, swept: 0 };
  const stopAt = deps.realtime.nowMs() + (options.budgetMs ?? RUN_BUDGET_MS);
  // An interview fixed in part moves further down the index (its oldest pending step is later): once is enough.
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await deps.store.listNeedingAttention(options.pageSize ?? PAGE_SIZE, cursor);
    for (const found of page.items) {
      if (seen.has(found.id)) continue;
      if (deps.realtime.nowMs() >= stopAt) {
        // Loud, since what is left waits a run at least; steps may go out late, or be skipped as too late.
        deps.log.error("reconciler out of time with interviews left; the next run goes on", {
          ...report,
          budgetMs: options.budgetMs ?? RUN_BUDGET_MS,
        });
        return report;
      }
      seen.add(found.id);
      report.interviews++;
      await reconcileInterview(deps, found, report);
    }
    cursor = page.cursor;
  } while (cursor !== undefined);
  return report;
}

/** Sweeps one interview's stale claims, skips its steps too late to send and schedules the rest. */
async function reconcileInterview(
  deps: ReconcileDeps,
  found: Interview,
  report: ReconcileReport,
): Promise<void> {
  try {
    report.swept += await sweepStaleClaims(deps, found, deps.clock.now());
  } catch (err) {
    deps.log.warn("sweeping stale claims failed for an interview; next run retries", {
      interviewId: found.id,
      error: String(err),
    });
  }
  try {
    const { after } = await mutateInterview(deps.store, found.id, undefined, (current) => {
      // Read at each attempt, as every write here: a run takes a while, and what it writes is dated after
      // whatever it found, not at its start.
      const now = deps.clock.now();
      const at = now.toISOString();
      const tooLate = current.steps.filter(
        (s) => s.status === "unscheduled" && now.getTime() - Date.parse(s.sendAt) > MAX_LATENESS_MS,
      );
      if (tooLate.length === 0) return undefined;
      const ids = new Set(tooLate.map((s) => s.id));
      let next = {
        ...current,
        steps: current.steps.map(
          (s): Step =>
            ids.has(s.id)
              ? {
                  ...s,
                  status: "skipped",
                  reason: NOT_SCHEDULED_REASON,
                  updatedAt: at,
                }
              : s,
        ),
      };
      for (const s of tooLate) {
        next = withEvent(next, {
          at,
          type: "step.skipped",
          stepId: s.id,
          detail: SKIPPED_NOT_SCHEDULED_NOTE,
        });
      }
      report.skipped += tooLate.length;
      return next;
    });
    const pending = after.steps.filter((s) => s.status === "unscheduled");
    const now = deps.clock.now();
    const due = pending.map((s) =>
      Date.parse(s.sendAt) < now.getTime()
        ? { ...s, sendAt: toSendAt(new Date(now.getTime() + 60_000), s.timezone) }
        : s,
    );
    const result = await scheduleSteps(deps, after, due);
    report.scheduled += pending.filter(
      (s) => result.steps.find((r) => r.id === s.id)?.status === "scheduled",
    ).length;
  } catch (err) {
    deps.log.warn("reconcile failed for an interview; next run retries", {
      interviewId: found.id,
      error: String(err),
    });
  }
}
