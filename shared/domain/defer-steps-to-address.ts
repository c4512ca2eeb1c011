import { instantAt } from "./business-calendar.js";
import { compareCodeUnits } from "./compare-code-units.js";
import { followUpSlotAfter } from "./follow-up-slot-after.js";
import type { Interview } from "./interview.js";
import { moveStepToSlot } from "./move-step-to-slot.js";
import { stepCalendar } from "./recipient-calendar.js";
import { FOLLOW_UP_KINDS, isPendingStep, type Step } from "./step.js";
import { pendingStepsTo } from "./stop-steps-to-address.js";

/** The words of a deferral (shared/mail's DEFER_WORDS). */
export interface DeferWords {
  /** A pre-decision nudge cancelled because the contact is back only on or after the decision date. */
  nudgePastDecision: string;
  /**
   * A moved step's `why`: the plan's own, then where it went and why: to the contact's return, or on from
   * the follow-up that now goes then (`respaced`).
   */
  movedWhy: (step: Step, at: Date, returnDate: string, respaced: boolean) => string;
}

/**
 * An out-of-office names a return date: pending steps to that contact that would land before it move to
 * the first send slot on or after that day, in the contact's zone. A pre-decision nudge that would then go
 * on or after the decision date is cancelled instead, as the planner never plans one there ("still very
 * interested before you decide" after the decision, and just before the check-in). The follow-ups after the
 * return keep the planner's spacing from the one that now goes on it (see respaceAfterReturn). Pure;
 * answers the moved steps so the caller can move their schedules (they are `unscheduled` until it has),
 * and the cancelled ones, whose schedules are clean-up.
 */
export function deferStepsToAddress(
  interview: Interview,
  email: string,
  returnDate: string,
  at: string,
  words: DeferWords,
): { interview: Interview; moved: Step[]; cancelled: Step[] } {
  const moved: Step[] = [];
  const cancelled: Step[] = [];
  const ids = new Set(pendingStepsTo(interview, email).map((s) => s.id));
  const steps = interview.steps.map((s) => {
    if (!ids.has(s.id)) return s;
    const back = instantAt(returnDate, interview.settings.sendWindow.start, s.timezone);
    if (Date.parse(s.sendAt) >= back.getTime()) return s;
    // The recipient's weekend and holidays, as the planner and the sender use for this step.
    const slot = stepCalendar(interview, s).nextSendSlot(back, s.timezone, interview.settings.sendTime);
    const next = moveStepToSlot(interview, s, slot, at, {
      pastDecision: words.nudgePastDecision,
      why: words.movedWhy(s, slot, returnDate, false),
    });
    (next.status === "cancelled" ? cancelled : moved).push(next);
    return next;
  });
  return respaceAfterReturn({ ...interview, steps }, moved, cancelled, { at, returnDate, words });
}

/**
 * The follow-ups waiting for the return all land on its first slot, where the sender sends the latest and
 * skips the rest; the next one already planned after the return (the weekly check-in) may then come only a
 * few business days later. Each later follow-up to the contact is moved, when it must be, to
 * `checkInIntervalBusinessDays` after the one before it (a nudge that would then go on or after the
 * decision date is cancelled), so the contact hears from the candidate no more often than the plan said.
 */
function respaceAfterReturn(
  interview: Interview,
  moved: Step[],
  cancelled: Step[],
  { at, returnDate, words }: { at: string; returnDate: string; words: DeferWords },
): { interview: Interview; moved: Step[]; cancelled: Step[] } {
  const isFollowUp = (s: Step) => FOLLOW_UP_KINDS.includes(s.kind);
  const returned = moved.filter(isFollowUp);
  if (returned.length === 0) return { interview, moved, cancelled };
  const email = returned[0]?.to.email.toLowerCase();
  let lastAt = Math.max(...returned.map((s) => Date.parse(s.sendAt)));
  const later = interview.steps
    .filter((s) => isPendingStep(s) && isFollowUp(s) && s.to.email.toLowerCase() === email)
    .filter((s) => Date.parse(s.sendAt) > lastAt)
    .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt) || compareCodeUnits(a.id, b.id));
  const updates = new Map<string, Step>();
  for (const s of later) {
    const floor = followUpSlotAfter(interview, s, lastAt);
    if (Date.parse(s.sendAt) >= floor.getTime()) break; // the planner's own spacing holds from here
    const next = moveStepToSlot(interview, s, floor, at, {
      pastDecision: words.nudgePastDecision,
      why: words.movedWhy(s, floor, returnDate, true),
    });
    (next.status === "cancelled" ? cancelled : moved).push(next);
    updates.set(s.id, next);
    if (next.status !== "cancelled") lastAt = floor.getTime();
  }
  if (updates.size === 0) return { interview, moved, cancelled };
  const steps = interview.steps.map((s) => updates.get(s.id) ?? s);
  return { interview: { ...interview, steps }, moved, cancelled };
}
