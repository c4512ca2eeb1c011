import { markStepsScheduled, markStepsUnscheduled } from "../domain/add-planned-steps.js";
import { toSendAt } from "../domain/business-calendar.js";
import type { Interview } from "../domain/interview.js";
import { localScheduleTime } from "../domain/local-schedule-time.js";
import type { Step } from "../domain/step.js";
import { stepDuePayload } from "../domain/step-due-payload.js";
import type { ScheduleGateway } from "../ports/schedule-gateway.js";
import { mutateInterview } from "./mutate-interview.js";
import type { ChainDeps } from "./use-case-deps.js";

/**
 * Creates (or moves) the schedule of each step, then records which ones exist. A schedule that could not be
 * created leaves its step `unscheduled`, where the reconciler finds it: the request still succeeds, since
 * the chain itself is safely stored.
 */
export async function scheduleSteps(
  deps: Omit<ChainDeps<"get" | "replace">, "schedules"> & { schedules: Pick<ScheduleGateway, "upsert"> },
  interview: Interview,
  steps: readonly Step[],
): Promise<Interview> {
  if (steps.length === 0) return interview;
  const ok = await upsertSchedules(deps, interview.id, steps, (step) => step.sendAt);
  const failed = new Set(steps.map((s) => s.id).filter((id) => !ok.has(id)));
  try {
    // Starts from the item the caller has just written (no read); a stale one fails the write's condition,
    // which returns the stored item to start again from.
    const { after } = await mutateInterview(
      deps.store,
      interview.id,
      undefined,
      (current) => {
        // Dated at the attempt that writes: a retry after a conflict comes after the write that beat it.
        const at = deps.clock.now().toISOString();
        // Created: `scheduled`. Not created (or not moved): `unscheduled`, so the reconciler fixes it
        // rather than an old schedule firing at a time the chain no longer has.
        const next = markStepsUnscheduled(markStepsScheduled(current, [...ok], at), [...failed], at);
        return next.steps.some((s, i) => s !== current.steps[i]) ? next : undefined;
      },
      interview,
    );
    return after;
  } catch (err) {
    // The chain and its schedules exist; only their bookkeeping is behind, which the reconciler redoes.
    deps.log.warn("could not record created schedules; the reconciler will", {
      interviewId: interview.id,
      error: String(err),
    });
    return interview;
  }
}

/**
 * Creates (or moves) the schedule of each step and answers the ids of the steps whose schedule exists; a
 * failure is logged and left to the caller (the step stays `unscheduled`). With `notBefore`, no schedule
 * fires before it (a step due earlier fires then, and the sender sends it late or moves it): for schedules
 * created before their interview is stored, so that none can fire before the item exists.
 */
export function createSchedules(
  deps: Pick<ChainDeps, "log"> & { schedules: Pick<ScheduleGateway, "upsert"> },
  interviewId: string,
  steps: readonly Step[],
  notBefore?: Date,
): Promise<Set<string>> {
  return upsertSchedules(deps, interviewId, steps, (step) =>
    notBefore && Date.parse(step.sendAt) < notBefore.getTime()
      ? toSendAt(notBefore, step.timezone)
      : step.sendAt,
  );
}

/**
 * `createSchedules` with each step's fire time given: `scheduleSteps` (the sender's moves) fires each step at
 * its own `sendAt`, so the sender does not bundle the `notBefore` rule, which only registration uses.
 */
async function upsertSchedules(
  deps: Pick<ChainDeps, "log"> & { schedules: Pick<ScheduleGateway, "upsert"> },
  interviewId: string,
  steps: readonly Step[],
  sendAtOf: (step: Step) => string,
): Promise<Set<string>> {
  const results = await Promise.allSettled(
    steps.map((step) => {
      const sendAt = sendAtOf(step);
      return deps.schedules.upsert({
        name: step.scheduleName,
        localTime: localScheduleTime(sendAt, step.timezone),
        timezone: step.timezone,
        payload: JSON.stringify(stepDuePayload(interviewId, step.id)),
      });
    }),
  );
  results.forEach((r, i) => {
    if (r.status === "rejected") {
      deps.log.warn("schedule not created; left for the reconciler", {
        interviewId,
        stepId: steps[i]?.id,
        error: String(r.reason),
      });
    }
  });
  return new Set(steps.filter((_, i) => results[i]?.status === "fulfilled").map((s) => s.id));
}

/** Deletes the schedules of steps that will not fire. Clean-up only: the chain's status already decides. */
export async function removeSchedules(
  deps: Pick<ChainDeps, "schedules" | "log">,
  steps: readonly Step[],
): Promise<void> {
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
