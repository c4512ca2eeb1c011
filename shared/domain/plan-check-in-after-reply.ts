import { chainPlanner, type PlanContext, stepContact } from "./chain-planner.js";
import type { Contact } from "./interview.js";
import { PLAN_RULES } from "./plan-rules.js";
import type { StepSubject, StepTiming } from "./plan-words.js";
import type { ContactRole, PlannedStep } from "./step.js";

/**
 * A contact replied and named a decision date: one check-in to them, `checkInAfterDecisionBusinessDays`
 * business days after it (phase `after_reply`: the only step a replied chain still sends). None when the
 * cap allows no follow-up at all.
 */
export function planCheckInAfterReply(
  ctx: PlanContext & { contact: Contact; role: ContactRole; decisionDate: string },
): PlannedStep[] {
  const p = chainPlanner(ctx);
  const { details, settings } = p;
  if (settings.maxUnansweredFollowUps === 0) return [];
  const contact = stepContact(ctx.contact, ctx.role);
  const target = p.targetFor(ctx.contact);
  const n = settings.checkInAfterDecisionBusinessDays;
  const day = target.calendar.addBusinessDays(ctx.decisionDate, Math.max(1, n));
  const slot = p.slotOn(day, target, ctx.now);
  const subject: StepSubject = { kind: "check_in", send: details.mode === "send", name: contact.name };
  const reason: StepTiming = {
    rule: "after_decision_named_in_reply",
    businessDays: Math.max(1, n),
    decisionDate: ctx.decisionDate,
    skipped: p.skipped(ctx.decisionDate, day, n <= 1, target.calendar),
  };
  return [
    p.step(
      "recruiter_check_in",
      PLAN_RULES.checkInAfterRepliedDecision,
      "after_reply",
      contact,
      slot,
      p.why(subject, slot, reason, "now"),
    ),
  ];
}
