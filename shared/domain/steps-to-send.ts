import { chainAllows } from "./decide-claim.js";
import type { Interview } from "./interview.js";
import { isPendingStep, type Step } from "./step.js";

/** Whether this step will still go out: pending, in a phase the chain's state lets through. */
const willSend = (interview: Interview) => (s: Step) => isPendingStep(s) && chainAllows(interview, s);

/**
 * The pending steps the chain still lets go out: on an active chain its follow-ups, after a reply the
 * check-in it planned, after a rejection the notes. What a stop or a snooze acts on, whatever the status.
 */
export function stepsToSend(interview: Interview): Step[] {
  return interview.steps.filter(willSend(interview));
}

/** Whether the chain will still send anything (false for a stopped, replied or completed chain with nothing left). */
export function hasStepsToSend(interview: Interview): boolean {
  return interview.steps.some(willSend(interview));
}
