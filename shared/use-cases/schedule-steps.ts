import { markStepsScheduled } from "../domain/add-planned-steps.js";
import type { Interview } from "../domain/interview.js";
import { localScheduleTime } from "../domain/local-schedule-time.js";
import type { Step } from "../domain/step.js";
import { stepDuePayload } from "../domain/step-due-payload.js";
import { mutateInterview } from "./mutate-interview.js";
import type { ChainDeps } from "./use-case-deps.js";

/**
 * Creates (or moves) the schedule of each step, then records which ones exist. A schedule that could not be
 * created leaves its step `unscheduled`, where the reconciler finds it: the request still succeeds, since
 * the chain itself is safely stored.
 */
export async function scheduleSteps(
  deps: ChainDeps,
  interview: Interview,
  steps: readonly Step[],
): Promise<Interview> {
  if (steps.length === 0) return interview;
  const results = await Promise.allSettled(
    steps.map((step) =>
      deps.schedules.upsert({
        name: step.scheduleName,
        localTime: localScheduleTime(step.sendAt, step.timezone),
        timezone: step.timezone,
        payload: JSON.stringify(stepDuePayload(interview.id, step.id)),
      }),
    ),
  );
  const ok = steps.filter((_, i) => results[i]?.status === "fulfilled").map((s) => s.id);
  results.forEach((r, i) => {
    if (r.status === "rejected") {
      deps.log.warn("schedule not created; left for the reconciler", {
        interviewId: interview.id,
        stepId: steps[i]?.id,
        error: String(r.reason),
      });
    }
  });
  const newlyScheduled = ok.filter(
    (id) => interview.steps.find((s) => s.id === id)?.status === "unscheduled",
  );
  if (newlyScheduled.length === 0) return interview;
  const at = deps.clock.now().toISOString();
  const { after } = await mutateInterview(deps.store, interview.id, undefined, (current) => {
    const next = markStepsScheduled(current, newlyScheduled, at);
    return next.steps.some((s, i) => s !== current.steps[i]) ? next : undefined;
  });
  return after;
}

/** Deletes the schedules of steps that will not fire. Clean-up only: the chain's status already decides. */
export async function removeSchedules(deps: ChainDeps, steps: readonly Step[]): Promise<void> {
  const results = await Promise.allSettled(steps.map((s) => deps.schedules.remove(s.scheduleName)));
  results.forEach((r, i) => {
    if (r.status === "rejected") {
      deps.log.warn("schedule not deleted (it will fire and find the step cancelled)", {
        stepId: steps[i]?.id,
        error: String(r.reason),
      });
    }
  });
}
