import { toSendAt } from "./business-calendar.js";
import { DISPATCH_WINDOW_MS } from "./claim-window.js";
import type { Interview } from "./interview.js";
import { stepSendWindow } from "./recipient-calendar.js";
import { DELIVERED_STEP_STATUSES, FOLLOW_UP_KINDS, isPendingStep, type Step } from "./step.js";

/**
 * A claim older than this belongs to a sender that died mid-send: the sender Lambda times out after 30 s,
 * and a retry that finds a younger claim is told to come back later (see `busy`).
 */
export const STALE_CLAIM_MS = 2 * 60_000;

/**
 * Schedules fire at or after their time; one firing well before its step's `sendAt` is an old schedule of
 * a step that has since moved later (snoozed, re-planned). It must not send early. And when the step reads
 * `scheduled`, the schedule that fired may be the step's only one, written back to the old time by a write
 * that raced the move (a schedule keeps its name across moves), and deleting itself now that it fired: the
 * step is then given a schedule again at its own time (`reschedule`), or nothing would ever send it.
 */
export const EARLY_FIRE_TOLERANCE_MS = 60_000;

/**
 * The words of a decision that leaves a step unsent: a cancelled or skipped step's reason (the timeline
 * shows it), or why a firing did nothing (the sender's log). Written in shared/mail (`claimWords`); the
 * domain only says which case it is.
 */
export interface ClaimWords {
  noSuchStep: string;
  /** Another sender holds a fresh claim on the step. */
  claimedByAnother: string;
  alreadySettled: (step: Step) => string;
  chainStopped: (interview: Interview) => string;
  notDueYet: (step: Step) => string;
  /** A later follow-up to the same contact is due too (pending) or already went (delivered). */
  laterFollowUpDue: (step: Step, later: Step) => string;
  laterFollowUpWent: (step: Step, later: Step) => string;
  /** A later follow-up to the same contact goes by the send slot this step would move to. */
  laterFollowUpBySlot: (step: Step, later: Step) => string;
}

export type ClaimDecision =
  | { action: "claim"; step: Step }
  | { action: "cancel"; step: Step; reason: string }
  | { action: "skip"; step: Step; reason: string }
  | { action: "move"; step: Step; sendAt: string }
  /** Fired early while `scheduled`: a schedule again at the step's own time, under a fresh name. */
  | { action: "reschedule"; step: Step; reason: string }
  | { action: "mark_unknown"; step: Step }
  | { action: "reclaim"; step: Step }
  | { action: "busy"; reason: string }
  | { action: "ignore"; reason: string };

/** Whether the chain lets this step go out at all (a stop is final for `chain` steps). */
export function chainAllows(interview: Interview, step: Step): boolean {
  if (step.phase === "after_reply") return interview.status === "replied";
  if (step.phase === "after_rejection")
    return interview.status === "stopped" && interview.stopReason === "rejected";
  return interview.status === "active";
}

/** Other follow-ups that chase the same contact in the same phase as `step`, pending or gone out. */
function rivalFollowUps(
  interview: Interview,
  step: Step,
  include: (s: Step) => boolean = isPendingStep,
): Step[] {
  if (!FOLLOW_UP_KINDS.includes(step.kind)) return [];
  const to = step.to.email.toLowerCase();
  return interview.steps.filter(
    (s) =>
      s.id !== step.id &&
      include(s) &&
      FOLLOW_UP_KINDS.includes(s.kind) &&
      s.phase === step.phase &&
      s.to.email.toLowerCase() === to,
  );
}

const stepNumber = (s: Step) => Number(s.id.slice(1)) || 0;

/** `s` comes after `step`: a later time, or the same time and a higher step number (never both ways). */
function isLater(s: Step, step: Step): boolean {
  const sAt = Date.parse(s.sendAt);
  const at = Date.parse(step.sendAt);
  return sAt > at || (sAt === at && stepNumber(s) > stepNumber(step));
}

/**
 * After an outage (schedules firing late, a stack restarted after days), several follow-ups to one contact
 * can be due at once. Sending them together is the pushy behaviour the product exists to avoid: only the
 * latest due one goes, the earlier ones are skipped. The latest counts whether it is still pending or has
 * already gone (it fired first), so the outcome does not depend on the order the backlog fires in; two
 * steps with the same `sendAt` are ordered by step number, so exactly one of them is the latest.
 */
function laterDueFollowUp(interview: Interview, step: Step, now: Date): Step | undefined {
  const pendingOrGone = (s: Step) => isPendingStep(s) || DELIVERED_STEP_STATUSES.includes(s.status);
  return rivalFollowUps(interview, step, pendingOrGone).find(
    (s) => isLater(s, step) && Date.parse(s.sendAt) <= now.getTime(),
  );
}

/**
 * What the sender may do when a step's schedule fires. Pure: the caller applies the decision with one
 * conditional write, so a stop or another sender that got there first makes it recompute.
 */
export function decideClaim(
  interview: Interview,
  stepId: string,
  now: Date,
  words: ClaimWords,
  realNowMs: number = now.getTime(),
): ClaimDecision {
  const step = interview.steps.find((s) => s.id === stepId);
  if (!step) return { action: "ignore", reason: words.noSuchStep };
  if (step.status === "sending") {
    const age = now.getTime() - Date.parse(step.claimedAt ?? step.updatedAt);
    // Real time too: the local stack's clock can leap days while a claim is a few milliseconds old.
    const realAge = step.dispatchBy === undefined ? age : realNowMs - (step.dispatchBy - DISPATCH_WINDOW_MS);
    // Retry later rather than return: if that sender died, the retry finds the claim stale and settles it.
    if (age < STALE_CLAIM_MS || realAge < STALE_CLAIM_MS)
      return { action: "busy", reason: words.claimedByAnother };
    // An email to a contact may or may not have left: never risk a duplicate. A reminder can go again, but
    // only while the chain allows it: a stop written while the dead claim was in flight is final.
    return step.channel === "email" || !chainAllows(interview, step)
      ? { action: "mark_unknown", step }
      : { action: "reclaim", step };
  }
  if (!isPendingStep(step)) return { action: "ignore", reason: words.alreadySettled(step) };
  if (!chainAllows(interview, step)) {
    return { action: "cancel", step, reason: words.chainStopped(interview) };
  }
  if (Date.parse(step.sendAt) - now.getTime() > EARLY_FIRE_TOLERANCE_MS) {
    // `unscheduled`: its new schedule is on its way, or the reconciler's to make.
    return step.status === "scheduled"
      ? { action: "reschedule", step, reason: words.notDueYet(step) }
      : { action: "ignore", reason: words.notDueYet(step) };
  }
  const later = laterDueFollowUp(interview, step, now);
  if (later) {
    return {
      action: "skip",
      step,
      reason: isPendingStep(later)
        ? words.laterFollowUpDue(step, later)
        : words.laterFollowUpWent(step, later),
    };
  }
  // The planner's calendar for this recipient: the same weekend and holidays the step was planned with.
  const calendar = stepSendWindow(interview, step);
  if (!calendar.isInSendWindow(now, step.timezone)) {
    const slot = calendar.nextSendSlot(now, step.timezone, interview.settings.sendTime);
    // A later follow-up to the same contact that already waits for this slot (it fired out of hours first
    // and was moved there, or is simply due by then) is the one that goes: moving this one too would put two
    // emails in the recruiter's inbox in the same minute. Only a *later* one counts, so the latest always
    // wins whatever the firing order, and an earlier step whose schedule never fires cannot hold the rest
    // back. Serialised by the conditional write, so two can never skip each other.
    const rival = rivalFollowUps(interview, step).find(
      (s) => isLater(s, step) && Date.parse(s.sendAt) <= slot.getTime(),
    );
    if (rival) {
      return {
        action: "skip",
        step,
        reason: words.laterFollowUpBySlot(step, rival),
      };
    }
    return { action: "move", step, sendAt: toSendAt(slot, step.timezone) };
  }
  return { action: "claim", step };
}
