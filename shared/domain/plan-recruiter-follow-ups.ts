import { instantAt, localDateOf } from "./business-calendar.js";
import { type ChainPlanner, type DraftedStep, type PlanSlot, stepContact } from "./chain-planner.js";
import type { Contact } from "./interview.js";
import { PLAN_RULES } from "./plan-rules.js";
import type { StepSubject, StepTiming, StepWhy } from "./plan-words.js";
import type { StepKind } from "./step.js";

export interface RecruiterPlanInput {
  /** The interview's day in the recruiter's zone. */
  interviewDay: string;
  /** Set when that day is not the candidate's. */
  inRecipientZone?: boolean;
  thankYouDay: string;
  floor: Date;
  floorLabel: StepWhy["floor"];
  /** When this plan thanks the recruiter themselves (on the panel, or passing on the panel's thanks). */
  thankedAt?: Date | undefined;
  /** When this plan's last thank-you (to anyone) goes. */
  lastThankYouAt?: Date | undefined;
  prior: number;
}

/**
 * The recruiter's follow-ups for one round, within the cap on unanswered ones (less what earlier rounds
 * sent): a nudge before the decision date, a check-in after it (or after the interview when no date was
 * given), then check-ins at the interval. None goes on the day the recruiter is thanked, or before it: when
 * the thanks are overdue and go now, a follow-up just as overdue waits for the next business day rather
 * than reach the same person in the same minute. Nor on the day of the last thank-you to anyone, or before
 * it: settings that thank 5 business days after the interview and check in after 1, a decision date before
 * the thank-yous, or an interviewer thanked later in another zone would otherwise have the recruiter
 * chased before the panel is thanked.
 */
export function planRecruiterFollowUps(
  p: ChainPlanner,
  recruiter: Contact,
  input: RecruiterPlanInput,
): DraftedStep[] {
  const { details, settings } = p;
  const max = settings.maxUnansweredFollowUps;
  const budget = Math.max(0, max - input.prior);
  if (budget === 0) return [];
  const contact = stepContact(recruiter, "recruiter");
  const target = p.targetFor(recruiter);
  const { calendar } = target;
  let { floor, floorLabel } = input;
  // The start of the recruiter's next business day after `at`: the floor once that day is later. The
  // recruiter's own thanks first, so that when it is also the last thank-you the why names it.
  const notOnOrBefore = (at: Date | undefined, label: StepWhy["floor"]) => {
    if (!at) return;
    const dayAfter = calendar.addBusinessDays(localDateOf(at, target.zone), 1);
    const notBefore = instantAt(dayAfter, "00:00", target.zone);
    if (notBefore.getTime() > floor.getTime()) [floor, floorLabel] = [notBefore, label];
  };
  notOnOrBefore(input.thankedAt, "thanks");
  notOnOrBefore(input.lastThankYouAt, "thank_yous");
  const send = details.mode === "send";
  const out: DraftedStep[] = [];
  let weeklies = 0;
  /** Adds the step; answers its slot, or in a re-plan where it already went, when it went. */
  const add = (kind: StepKind, rule: string, slot: PlanSlot, subject: StepSubject, reason: StepTiming) => {
    const count = { n: input.prior + out.length + 1, max, prior: input.prior };
    const why = p.why(subject, slot, reason, floorLabel, count);
    const step = p.step(kind, rule, "chain", contact, slot, why);
    out.push({ step, at: slot.at.getTime(), order: out.length });
    const went = p.settledAt(step, kind === "weekly_check_in" ? ++weeklies : 1);
    return went ? { at: went, day: localDateOf(went, target.zone), zone: target.zone } : slot;
  };

  const checkIn: StepSubject = { kind: "check_in", send, name: contact.name };
  let last: PlanSlot;
  const decision = details.decisionExpectedBy;
  if (decision) {
    const nudgeDays = settings.preDecisionNudgeBusinessDays;
    const nudgeDay = calendar.subtractBusinessDays(decision, nudgeDays);
    // A lone remaining follow-up is worth more after the decision date than before it.
    if (settings.preDecisionNudge && budget >= 2 && nudgeDay > input.thankYouDay) {
      const slot = p.slotOn(nudgeDay, target, floor);
      // Moved past the decision date, a "before you decide" note no longer makes sense.
      if (slot.day < decision) {
        const subject: StepSubject = { kind: "pre_decision_nudge", send, name: contact.name };
        const reason: StepTiming = {
          rule: "before_decision",
          businessDays: nudgeDays,
          decisionDate: decision,
          skipped: p.skipped(nudgeDay, decision, nudgeDays <= 1, calendar),
        };
        add("pre_decision_nudge", PLAN_RULES.preDecisionNudge, slot, subject, reason);
      }
    }
    if (out.length >= budget) return out;
    const n = settings.checkInAfterDecisionBusinessDays;
    const day = calendar.addBusinessDays(decision, n);
    const slot = p.slotOn(day, target, floor);
    const reason: StepTiming = {
      rule: "after_decision",
      businessDays: n,
      decisionDate: decision,
      skipped: p.skipped(decision, day, n <= 1, calendar),
    };
    last = add("recruiter_check_in", PLAN_RULES.checkInAfterDecision, slot, checkIn, reason);
  } else {
    const n = settings.firstCheckInAfterBusinessDays;
    const day = calendar.addBusinessDays(input.interviewDay, n);
    const slot = p.slotOn(day, target, floor);
    const reason: StepTiming = {
      rule: "after_interview_without_decision",
      businessDays: n,
      interviewDay: input.interviewDay,
      ...(input.inRecipientZone ? { inRecipientZone: true } : {}),
      skipped: p.skipped(input.interviewDay, day, n <= 1, calendar),
    };
    last = add("recruiter_check_in", PLAN_RULES.checkInAfterInterview, slot, checkIn, reason);
  }

  // Zero would put two follow-ups to one person on the same morning.
  const interval = Math.max(1, settings.checkInIntervalBusinessDays);
  while (out.length < budget) {
    const day = calendar.addBusinessDays(last.day, interval);
    const slot = p.slotOn(day, target, floor);
    const reason: StepTiming = {
      rule: "after_previous_check_in",
      businessDays: interval,
      skipped: p.skipped(last.day, day, interval <= 1, calendar),
    };
    const subject: StepSubject = { kind: "weekly_check_in", send, name: contact.name };
    last = add("weekly_check_in", PLAN_RULES.weeklyCheckIn, slot, subject, reason);
  }
  return out;
}
