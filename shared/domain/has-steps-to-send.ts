import { chainAllows } from "./decide-claim.js";
import type { Interview } from "./interview.js";
import { isPendingStep } from "./step.js";

/**
 * Whether the chain will still send anything: a step not yet claimed whose phase the chain's state lets
 * through (see chainAllows). False for a stopped, replied or completed chain with nothing left to go.
 */
export function hasStepsToSend(interview: Interview): boolean {
  return interview.steps.some((s) => isPendingStep(s) && chainAllows(interview, s));
}
