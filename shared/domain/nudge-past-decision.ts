import { localDateOf } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import type { Step } from "./step.js";

/**
 * A pre-decision nudge moved to `slot` (by an out-of-office or a snooze) would go on or after the decision
 * date it was to come before: "still very interested before you decide by Friday" on Monday. The planner
 * never plans one there, so a move that lands it there cancels it instead.
 */
export function nudgePastDecision(interview: Interview, step: Step, slot: Date): boolean {
  const decision = interview.decisionExpectedBy;
  return step.kind === "pre_decision_nudge" && !!decision && localDateOf(slot, step.timezone) >= decision;
}
