import type { Interview } from "./interview.js";
import { isPendingStep } from "./step.js";

/**
 * How many steps one interview keeps. Every change of contacts adds steps and cancels others, so without a
 * bound the item grows with each edit toward DynamoDB's 400 KB; a real chain has a few dozen at most.
 */
export const MAX_STORED_STEPS = 150;

/**
 * Keeps an interview's item bounded after an edit:
 * - drops the per-step wording of steps that are no longer pending (nothing will ever read it again);
 * - over `max` steps, drops the oldest `cancelled` steps (they never went out, so the timeline and the
 *   reply matching lose nothing), but never the step with the highest id, since the next id is derived from
 *   it and ids must never be reused (a reply token or a schedule may still name an old one).
 * Steps that went out, or may have, are always kept.
 */
export function trimStoredSteps(interview: Interview, max: number = MAX_STORED_STEPS): Interview {
  let next = interview;
  if (interview.stepTemplates) {
    const pending = new Set(interview.steps.filter(isPendingStep).map((s) => s.id));
    const kept = Object.entries(interview.stepTemplates).filter(([id]) => pending.has(id));
    if (kept.length !== Object.keys(interview.stepTemplates).length) {
      next = { ...next };
      if (kept.length > 0) next.stepTemplates = Object.fromEntries(kept);
      else delete next.stepTemplates;
    }
  }

  const excess = next.steps.length - max;
  if (excess <= 0) return next;
  const number = (id: string) => Number(id.slice(1)) || 0;
  const highest = next.steps.reduce((top, s) => Math.max(top, number(s.id)), 0);
  const droppable = next.steps
    .filter((s) => s.status === "cancelled" && !s.sentAt && !s.messageId && number(s.id) !== highest)
    .sort((a, b) => number(a.id) - number(b.id))
    .slice(0, excess);
  if (droppable.length === 0) return next;
  const dropped = new Set(droppable.map((s) => s.id));
  return { ...next, steps: next.steps.filter((s) => !dropped.has(s.id)) };
}
