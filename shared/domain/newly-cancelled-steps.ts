import type { Interview } from "./interview.js";
import { isPendingStep, type Step } from "./step.js";

/** Steps that were pending before a change and are cancelled after it: their schedules can go. */
export function newlyCancelledSteps(before: Interview, after: Interview): Step[] {
  const wasPending = new Set(before.steps.filter(isPendingStep).map((s) => s.id));
  return after.steps.filter((s) => s.status === "cancelled" && wasPending.has(s.id));
}
