import { toSendAt } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import { nudgePastDecision } from "./nudge-past-decision.js";
import type { PlannedStep, Step } from "./step.js";

/**
 * A re-plan's step for a pending one a snooze or an out-of-office held (`heldUntil`): where the rules put
 * it when that is no earlier, else the time it was held to, with the words that say why it is there. A
 * pre-decision nudge held to or past a decision date the edit brought forward goes (`undefined`), as the
 * planner never plans one there.
 */
export function keepHeld(interview: Interview, planned: PlannedStep, current: Step): PlannedStep | undefined {
  if (current.heldUntil === undefined) return planned;
  const held = new Date(current.heldUntil);
  if (Number.isNaN(held.getTime()) || Date.parse(planned.sendAt) >= held.getTime()) return planned;
  if (nudgePastDecision(interview, current, held)) return undefined;
  return { ...planned, sendAt: toSendAt(held, planned.timezone), why: current.why };
}
