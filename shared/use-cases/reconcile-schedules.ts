import { toSendAt } from "../domain/business-calendar.js";
import type { Step } from "../domain/step.js";
import { withEvent } from "../domain/with-event.js";
import { mutateInterview } from "./mutate-interview.js";
import { scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** A step whose schedule could not be created for this long is skipped rather than sent very late. */
export const MAX_LATENESS_MS = 2 * 86_400_000;

export interface ReconcileReport {
  interviews: number;
  scheduled: number;
  skipped: number;
}

/**
 * Runs on a rate schedule: finds steps still `unscheduled` (their schedule could not be created when the
 * chain was planned) and creates their schedules. A step already due fires at once, since the sender moves
 * anything outside the send window; one more than MAX_LATENESS_MS late is skipped and says so.
 */
export async function reconcileSchedules(
  deps: ChainDeps,
  options: { limit?: number } = {},
): Promise<ReconcileReport> {
  const report: ReconcileReport = { interviews: 0, scheduled: 0, skipped: 0 };
  const now = deps.clock.now();
  const at = now.toISOString();
  for (const found of await deps.store.listWithUnscheduledSteps(options.limit ?? 50)) {
    report.interviews++;
    try {
      const { after } = await mutateInterview(deps.store, found.id, undefined, (current) => {
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
                    reason: "its schedule could not be created in time",
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
            detail: "Skipped: it could not be scheduled in time.",
          });
        }
        report.skipped += tooLate.length;
        return next;
      });
      const pending = after.steps.filter((s) => s.status === "unscheduled");
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
  return report;
}
