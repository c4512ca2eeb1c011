import type { Interview, InterviewDetails } from "../domain/interview.js";
import { readInstant } from "../domain/offset-date-time.js";
import type { SnoozeWords } from "../domain/snooze-steps.js";
import type { Step } from "../domain/step.js";
import { isKnownZone } from "../domain/wall-clock.js";
import { dayAndTimeWords, localTimeWords } from "./date-words.js";
import { withMoveNote } from "./with-move-note.js";

/**
 * The words the candidate reads on the timeline about the chain itself: registered, changed, snoozed,
 * stopped, superseded, or a step skipped by the reconciler. Kept together so the wording is in one room.
 */

export function registeredNote(
  details: Pick<InterviewDetails, "round" | "company">,
  planned: number,
): string {
  return `${details.round} round with ${details.company} registered; ${planned} follow-up steps planned.`;
}

/** A round registered after a later round of the same application: born superseded. */
export function laterRoundRegisteredNote(later: Pick<Interview, "round" | "interviewedAt" | "id">): string {
  return `A later round of this application is already registered (the ${later.round} round on ${later.interviewedAt.slice(0, 10)}, ${later.id}), so this round sends nothing: its chain carries the follow-ups.`;
}

/** Why each step of a round born superseded was cancelled. */
export function laterRoundStepReason(later: Pick<Interview, "round" | "id">): string {
  return `a later round (${later.round}, ${later.id}) is already registered`;
}

export function supersededByNote(by: Pick<Interview, "round" | "id">): string {
  return `Superseded by the ${by.round} round (${by.id}).`;
}

export function updatedNote(fields: readonly string[], plannedOrMoved: number, cancelled: number): string {
  const steps = plannedOrMoved === 1 ? "1 step" : `${plannedOrMoved} steps`;
  return `Changed ${fields.join(", ")}; ${steps} planned or moved, ${cancelled} cancelled.`;
}

function localTime(step: Pick<Step, "sendAt" | "timezone">): string {
  const at = isKnownZone(step.timezone) ? readInstant(step.sendAt, step.timezone) : undefined;
  if (!at) return step.sendAt;
  const w = localTimeWords(at, step.timezone);
  return `${w.weekdayShort} ${w.day} ${w.monthShort} ${w.year} ${w.time} (${step.timezone})`;
}

/** A snooze: how many pending steps moved, and when the next one now goes, in its own time zone. */
export function snoozedNote(days: number, moved: number, next?: Pick<Step, "sendAt" | "timezone">): string {
  return `Snoozed for ${days} day${days === 1 ? "" : "s"}: ${moved} pending step${moved === 1 ? "" : "s"} moved${next ? `; the next is now ${localTime(next)}` : ""}.`;
}

/** What a snooze writes on the steps it moves or cancels (see snoozeSteps). */
export const SNOOZE_WORDS: SnoozeWords = {
  pastDecision: "the snooze would take it to the decision date it was to come before, or later",
  movedWhy: (step, at, days) =>
    withMoveNote(
      step.why,
      `Snoozed to ${dayAndTimeWords(at, step.timezone)} (${days} day${days === 1 ? "" : "s"} later).`,
    ),
};

export function stoppedNote(reason: string, note?: string): string {
  return `Stopped: ${reason}.${note ? ` ${note}` : ""}`;
}

/** Why a pending step is cancelled when a change re-plans the chain without it. */
export const DROPPED_BY_CHANGE_REASON = "no longer in the plan after a change";

/**
 * Why the reconciler skipped a step still waiting two days after its time: its schedule could not be
 * created, or the mail service kept refusing it (throttled, paused, misconfigured) and each try gave it back.
 */
export const NOT_SCHEDULED_REASON = "it could not be scheduled or sent within two days of its time";

export const SKIPPED_NOT_SCHEDULED_NOTE = "Skipped: it could not go out within two days of its time.";
