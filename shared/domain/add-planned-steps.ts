import type { Interview } from "./interview.js";
import { scheduleNameFor } from "./schedule-name.js";
import type { PlannedStep, Step } from "./step.js";

/** Step ids are `s1`, `s2`, ... in the order steps were added; they are never reused within an interview. */
export function nextStepNumber(steps: readonly Step[]): number {
  return steps.reduce((max, step) => Math.max(max, Number(step.id.slice(1)) || 0), 0) + 1;
}

/** Adds planned steps as `unscheduled`: they become `scheduled` once their schedule exists. */
export function addPlannedSteps(
  interview: Interview,
  planned: readonly PlannedStep[],
  at: string,
): Interview {
  let next = nextStepNumber(interview.steps);
  const added: Step[] = planned.map((p) => {
    const id = `s${next++}`;
    return {
      ...p,
      id,
      status: "unscheduled",
      scheduleName: scheduleNameFor(interview.id, id),
      updatedAt: at,
    };
  });
  return { ...interview, steps: [...interview.steps, ...added] };
}

/** The given steps that still have status `from` get status `to` (and `updatedAt`); the others stay. */
function restatus(
  interview: Interview,
  stepIds: readonly string[],
  from: "scheduled" | "unscheduled",
  to: "scheduled" | "unscheduled",
  at: string,
): Interview {
  const ids = new Set(stepIds);
  return {
    ...interview,
    steps: interview.steps.map((s) =>
      ids.has(s.id) && s.status === from ? { ...s, status: to, updatedAt: at } : s,
    ),
  };
}

/**
 * Marks the given steps `scheduled` if they are still `unscheduled` (a claim may have raced ahead). Only
 * called once their schedule exists: every write that gives a step a new time (or schedule name) leaves it
 * `unscheduled`, so this is the one way back to `scheduled` and a failed move is never mistaken for done.
 */
export const markStepsScheduled = (interview: Interview, stepIds: readonly string[], at: string): Interview =>
  restatus(interview, stepIds, "unscheduled", "scheduled", at);

/** Marks the given steps `unscheduled` if still `scheduled`: their schedule could not be created or moved. */
export const markStepsUnscheduled = (
  interview: Interview,
  stepIds: readonly string[],
  at: string,
): Interview => restatus(interview, stepIds, "scheduled", "unscheduled", at);
