import { addCalendarDays, calendarDay, calendarFields } from "./calendar-day.js";
import type { Interview } from "./interview.js";
import { moveStepToSlot } from "./move-step-to-slot.js";
import { stepCalendar } from "./recipient-calendar.js";
import { isPendingStep, type Step } from "./step.js";
import { instantOf, wallClockAt } from "./wall-clock.js";

/**
 * How far "snooze" pushes a chain: a week is the one choice a reminder's button offers, long enough to
 * matter (a recruiter asked for patience, the candidate is travelling) and short enough that a chain is
 * not forgotten. A constant rather than a planner setting: it is an action, not a cadence.
 */
export const SNOOZE_DAYS = 7;

/** The words of a snooze (shared/mail's SNOOZE_WORDS). */
export interface SnoozeWords {
  /** Why a pre-decision nudge the snooze would take to or past the decision date is cancelled. */
  pastDecision: string;
  /** A moved step's `why`: the plan's own, then where the snooze of `days` took it. */
  movedWhy: (step: Step, at: Date, days: number) => string;
}

/**
 * Moves every pending step of a chain by `days` calendar days in the step's own zone (so 09:30 stays
 * 09:30 across a DST change), then on to the first send slot on or after that moment: a weekend or public
 * holiday moves to the next business day, a time outside the window to its next opening. A step that is
 * already overdue moves from `at` instead, so nothing lands in the past. A pre-decision nudge the snooze
 * takes to or past the decision date is cancelled (see nudgePastDecision); a moved step's `why` says where
 * it went. Pure:
 * answers the moved steps so the caller can move their schedules (same names: a schedule that exists is
 * updated in place; they are `unscheduled` until it has), and the cancelled ones, whose schedules are
 * clean-up.
 */
export function snoozeSteps(
  interview: Interview,
  at: string,
  days: number,
  words: SnoozeWords,
): { interview: Interview; moved: Step[]; cancelled: Step[] } {
  const now = Date.parse(at);
  const moved: Step[] = [];
  const cancelled: Step[] = [];
  const steps = interview.steps.map((s) => {
    if (!isPendingStep(s)) return s;
    const from = Math.max(Date.parse(s.sendAt), now);
    const later = sameTimeDaysLater(from, s.timezone, days);
    // The recipient's weekend and holidays, as the planner and the sender use for this step.
    const slot = stepCalendar(interview, s).nextSendSlot(later, s.timezone, interview.settings.sendTime);
    const next = moveStepToSlot(interview, s, slot, at, {
      pastDecision: words.pastDecision,
      why: words.movedWhy(s, slot, days),
    });
    (next.status === "cancelled" ? cancelled : moved).push(next);
    return next;
  });
  return { interview: { ...interview, steps, updatedAt: at }, moved, cancelled };
}

/** The same wall-clock time `days` calendar days later in `zone` (see instantOf for DST gaps and repeats). */
function sameTimeDaysLater(ms: number, zone: string, days: number): Date {
  const w = wallClockAt(ms, zone);
  const day = calendarFields(addCalendarDays(calendarDay(w.year, w.month, w.day), days));
  return instantOf(
    { ...day, hour: w.hour, minute: w.minute, second: w.second, millisecond: w.millisecond },
    zone,
  );
}
