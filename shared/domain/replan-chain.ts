import { addPlannedSteps } from "./add-planned-steps.js";
import type { Interview } from "./interview.js";
import { keepHeld } from "./keep-held.js";
import { isPendingStep, type PlannedStep, type Step } from "./step.js";

export interface Replan {
  interview: Interview;
  /** Steps whose schedule must be created or moved. */
  toSchedule: Step[];
  /** Steps cancelled by the new plan: their schedules are clean-up. */
  cancelled: Step[];
}

type Keyed = { kind: string; rule: string; contact?: { email: string }; sendAt: string };

/** A step's kind, and for a recruiter check-in its rule too (see replanChain). */
const kindAndRule = (step: Keyed): string =>
  step.kind === "recruiter_check_in" ? `${step.kind}:${step.rule}` : step.kind;
const kindOnly = (step: Keyed): string => step.kind;
/** A step's kind (and rule, per `kindOf`) and the contact it goes to. */
const baseKey = (step: Keyed, kindOf: (step: Keyed) => string): string =>
  `${kindOf(step)}|${step.contact?.email.toLowerCase() ?? ""}`;

function slotKeys<T extends Keyed>(steps: readonly T[], kindOf: (step: Keyed) => string) {
  const seen = new Map<string, number>();
  return [...steps]
    .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt))
    .map((step) => {
      const base = baseKey(step, kindOf);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { key: `${base}|${n}`, step };
    });
}

/**
 * The latest hold on a cancelled step of this kind to this contact: a nudge a snooze or an out-of-office
 * took past the decision date is cancelled where it was held (see moveStepToSlot), and a step a hold
 * carried is cancelled with it when a plan drops it.
 */
function cancelledHold(interview: Interview, step: Keyed): Step | undefined {
  let latest: Step | undefined;
  for (const s of interview.steps) {
    if (
      s.status !== "cancelled" ||
      s.heldUntil === undefined ||
      baseKey(s, kindOnly) !== baseKey(step, kindOnly)
    )
      continue;
    if (!latest || Date.parse(s.heldUntil) > Date.parse(latest.heldUntil ?? "")) latest = s;
  }
  return latest;
}

/**
 * Fits a fresh plan onto a chain that has already started. Each planned step is matched to the existing
 * step of the same kind, contact and ordinal: one that already went out (or was attempted) is never planned
 * again; a pending one keeps its id and moves if its time changed; pending steps the new plan no longer
 * has are cancelled, with `droppedReason` (the caller's words, see shared/mail/chain-timeline-words); the
 * rest are added.
 *
 * A recruiter check-in is matched on its rule first: the check-in after the interview (no decision date
 * known) and the one after a decision date are different steps, so once the first went out, a decision
 * date given later still plans the second rather than finding it "already sent" (and spacing the weekly
 * check-ins from a check-in that never happens). Only then does a planned step left over take the place
 * of a pending step of its kind left over (the check-in that has not gone out moves to the new rule's day).
 * A step a snooze or an out-of-office held stays where it was held unless the new plan puts it later
 * (see keepHeld); so does a step planned afresh where one of its kind to the same contact was cancelled
 * while held (a nudge the hold took past the decision date comes back only if a later decision date leaves
 * room for it after the hold).
 */
export function replanChain(
  interview: Interview,
  planned: readonly PlannedStep[],
  at: string,
  droppedReason: string,
): Replan {
  const live = interview.steps.filter((s) => s.status !== "cancelled");
  const existing = new Map(slotKeys(live, kindAndRule).map((e) => [e.key, e.step]));
  const matched = new Set<string>();
  const pairs: { step: PlannedStep; current: Step }[] = [];
  const unmatched: PlannedStep[] = [];
  for (const { key, step } of slotKeys(planned, kindAndRule)) {
    const current = existing.get(key);
    if (!current) {
      unmatched.push(step);
      continue;
    }
    matched.add(current.id);
    pairs.push({ step, current });
  }
  const spare = new Map(
    slotKeys(
      live.filter((s) => isPendingStep(s) && !matched.has(s.id)),
      kindOnly,
    ).map((e) => [e.key, e.step]),
  );
  const fresh: (PlannedStep & Pick<Step, "heldUntil">)[] = [];
  for (const { key, step } of slotKeys(unmatched, kindOnly)) {
    const current = spare.get(key);
    if (!current) {
      const hold = cancelledHold(interview, step);
      const kept = hold ? keepHeld(interview, step, hold) : step;
      if (kept) fresh.push(kept === step ? step : { ...kept, heldUntil: hold?.heldUntil });
      continue;
    }
    matched.add(current.id);
    pairs.push({ step, current });
  }

  const toSchedule: Step[] = [];
  const updates = new Map<string, Step>();
  for (const pair of pairs) {
    const { current } = pair;
    if (!isPendingStep(current)) continue;
    const step = keepHeld(interview, pair.step, current);
    if (!step) {
      matched.delete(current.id);
      continue;
    }
    const sameSend =
      current.sendAt === step.sendAt &&
      current.to.email === step.to.email &&
      current.channel === step.channel;
    if (sameSend && (current.why !== step.why || current.rule !== step.rule)) {
      // Same send, other reasons: the panel thank-you names whoever still has no address, and a check-in
      // now timed from a decision date (or counted against the cap anew) says so.
      updates.set(current.id, { ...current, why: step.why, rule: step.rule, updatedAt: at });
      continue;
    }
    if (
      current.sendAt !== step.sendAt ||
      current.to.email !== step.to.email ||
      current.channel !== step.channel
    ) {
      const moved: Step = {
        ...current,
        ...step,
        id: current.id,
        // A new time is only real once its schedule is moved: until then the step is `unscheduled`, so a
        // failed move is found by the reconciler rather than lost (the old schedule fires early and is ignored).
        status: current.sendAt !== step.sendAt ? "unscheduled" : current.status,
        updatedAt: at,
      };
      updates.set(current.id, moved);
      toSchedule.push(moved);
    }
  }

  const cancelled: Step[] = [];
  const steps = interview.steps.map((s) => {
    const updated = updates.get(s.id);
    if (updated) return updated;
    if (isPendingStep(s) && !matched.has(s.id)) {
      const c: Step = {
        ...s,
        status: "cancelled",
        reason: droppedReason,
        updatedAt: at,
      };
      cancelled.push(c);
      return c;
    }
    return s;
  });

  const withFresh = addPlannedSteps({ ...interview, steps }, fresh, at);
  const added = withFresh.steps.slice(steps.length);
  return { interview: withFresh, toSchedule: [...toSchedule, ...added], cancelled };
}
