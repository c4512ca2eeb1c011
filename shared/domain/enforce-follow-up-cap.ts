import { toSendAt } from "./business-calendar.js";
import { compareCodeUnits } from "./compare-code-units.js";
import { followUpSlotAfter } from "./follow-up-slot-after.js";
import type { Interview } from "./interview.js";
import { nudgePastDecision } from "./nudge-past-decision.js";
import type { PlanWords } from "./plan-words.js";
import { stepCalendar } from "./recipient-calendar.js";
import { DELIVERED_STEP_STATUSES, FOLLOW_UP_KINDS, isPendingStep, type Step } from "./step.js";

export interface CapEnforcement {
  interview: Interview;
  /** Pending follow-ups moved later: `unscheduled`, so their schedules must be re-created. */
  moved: Step[];
  /** Pending follow-ups cancelled for being over the cap: their schedules are clean-up. */
  cancelled: Step[];
}

function isFollowUp(step: Step): boolean {
  return FOLLOW_UP_KINDS.includes(step.kind) && step.contact !== undefined;
}

function contactKey(step: Step): string {
  return step.contact?.email.trim().toLowerCase() ?? "";
}

/** When a delivered step may have reached its contact: the send, else the claim, else the plan. */
function deliveredAt(step: Step): number {
  return Date.parse(step.sentAt ?? step.claimedAt ?? step.sendAt);
}

/**
 * The cap of unanswered follow-ups holds per contact across every round of an application, and the planner
 * alone cannot guarantee it once a chain has started: a re-plan matches steps by kind, so when the kinds
 * change (a decision date dropped after the nudge went out) a fresh plan re-spends budget that sent
 * follow-ups already used, and may put a check-in in the same minute as the nudge it follows.
 *
 * Per contact, the pending follow-ups allowed are `max - prior (earlier rounds) - delivered (this round)`;
 * the latest ones beyond that are cancelled (a nudge cancelled for being too close, below, takes no place
 * among them). The earliest remaining one is kept at least
 * `checkInIntervalBusinessDays` business days after the last follow-up that may have reached the contact
 * (moved later into a send slot when needed, and the next ones after it in turn), so follow-ups never
 * bunch up. Pure: answers what moved and what was cancelled so the caller can fix their schedules. The
 * reasons and `why`s it writes are the caller's `words` (shared/mail's `planWords`).
 */
export function enforceFollowUpCap(
  interview: Interview,
  prior: Readonly<Record<string, number>>,
  at: string,
  words: PlanWords,
): CapEnforcement {
  const { settings } = interview;
  const max = settings.maxUnansweredFollowUps;
  // Zero would put two follow-ups to one person on the same morning, as in the planner.
  const interval = Math.max(1, settings.checkInIntervalBusinessDays);
  const send = interview.mode === "send";
  const now = Date.parse(at);
  /**
   * The first send slot `interval` business days after `from`, in the step's zone and its recipient's
   * calendar (as the planner and the sender use for it), never before now.
   */
  const slotAfter = (from: number, step: Step): Date => {
    const slot = followUpSlotAfter(interview, step, from);
    if (slot.getTime() >= now) return slot;
    return stepCalendar(interview, step).nextSendSlot(new Date(now), step.timezone, settings.sendTime);
  };

  // Callers are asked for lower-cased keys; tolerating others costs nothing and avoids a silent over-send.
  const priorBy = new Map<string, number>();
  for (const [email, count] of Object.entries(prior)) {
    const key = email.trim().toLowerCase();
    if (Number.isFinite(count)) priorBy.set(key, (priorBy.get(key) ?? 0) + Math.max(0, count));
  }

  const byContact = new Map<string, Step[]>();
  for (const step of interview.steps) {
    if (!isFollowUp(step)) continue;
    const key = contactKey(step);
    byContact.set(key, [...(byContact.get(key) ?? []), step]);
  }

  const updates = new Map<string, Step>();
  const moved: Step[] = [];
  const cancelled: Step[] = [];
  for (const [key, steps] of byContact) {
    const priorCount = priorBy.get(key) ?? 0;
    const delivered = steps.filter((s) => DELIVERED_STEP_STATUSES.includes(s.status));
    const pending = steps
      .filter(isPendingStep)
      .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt) || compareCodeUnits(a.id, b.id));
    const allowed = Math.max(0, max - priorCount - delivered.length);

    let lastAt = delivered.length > 0 ? Math.max(...delivered.map(deliveredAt)) : undefined;
    let count = priorCount + delivered.length;
    let kept = 0;
    for (const step of pending) {
      // A nudge cancelled below as too close sends nothing, so it leaves its place to the next follow-up.
      if (kept >= allowed) {
        const c: Step = { ...step, status: "cancelled", reason: words.overCap, updatedAt: at };
        updates.set(step.id, c);
        cancelled.push(c);
        continue;
      }
      const n = count + 1;
      const name = step.contact?.name ?? step.to.name;
      let next: Step = step;
      if (lastAt !== undefined) {
        const floor = slotAfter(lastAt, step);
        const pastDecision = nudgePastDecision(interview, step, floor);
        if (Date.parse(step.sendAt) < floor.getTime() && pastDecision) {
          // Moved past the decision date, a "before you decide" note no longer makes sense (as in the planner).
          const c: Step = { ...step, status: "cancelled", reason: words.tooClose, updatedAt: at };
          updates.set(step.id, c);
          cancelled.push(c);
          continue;
        }
        if (Date.parse(step.sendAt) < floor.getTime()) {
          const why = words.movedFollowUp({
            step,
            send,
            name,
            at: floor,
            businessDays: interval,
            previousAt: new Date(lastAt),
            count: { n, max, prior: priorCount },
          });
          next = {
            ...step,
            sendAt: toSendAt(floor, step.timezone),
            // Unscheduled until its schedule is moved, so the reconciler catches a failed move.
            status: "unscheduled",
            why,
            updatedAt: at,
          };
          moved.push(next);
          lastAt = floor.getTime();
        } else {
          // Planned after the floor: the planner's own spacing holds for the rest.
          lastAt = undefined;
        }
      }
      count = n;
      kept++;
      if (next === step) {
        const why = words.recount(step.why, { n, max, prior: priorCount });
        if (why !== step.why) next = { ...step, why, updatedAt: at };
      }
      if (next !== step) updates.set(step.id, next);
    }
  }

  if (updates.size === 0) return { interview, moved, cancelled };
  return {
    interview: { ...interview, steps: interview.steps.map((s) => updates.get(s.id) ?? s) },
    moved,
    cancelled,
  };
}
