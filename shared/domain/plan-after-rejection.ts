import { localDateOf } from "./business-calendar.js";
import { addCalendarDays, addCalendarMonths } from "./calendar-day.js";
import { chainPlanner, type PlanContext, stepContact } from "./chain-planner.js";
import { hasEmail } from "./has-email.js";
import { PLAN_RULES } from "./plan-rules.js";
import type { StepSubject, StepTiming, StepWhy } from "./plan-words.js";
import type { PlannedStep } from "./step.js";

/**
 * What to plan once the candidate records a rejection at `stoppedAt`: a gracious reply to the recruiter (or
 * the first interviewer when there is no recruiter) and, unless `keepInTouchAfterMonths` is 0, a
 * keep-in-touch note that many months after the rejection's local date, rolled forward to a business day.
 * These are courtesy notes, so they do not count toward `maxUnansweredFollowUps`.
 */
export function planAfterRejection(ctx: PlanContext & { stoppedAt: Date }): PlannedStep[] {
  const p = chainPlanner(ctx);
  const { details, settings } = p;
  const person = details.recruiter ?? details.interviewers.find(hasEmail);
  if (!person) return [];
  const contact = stepContact(person, details.recruiter ? "recruiter" : "interviewer");
  const target = p.targetFor(person);
  const { zone, calendar } = target;
  const floor = new Date(Math.max(ctx.now.getTime(), ctx.stoppedAt.getTime()));
  const floorLabel: StepWhy["floor"] = ctx.now.getTime() >= ctx.stoppedAt.getTime() ? "now" : "rejection";
  const stoppedDay = localDateOf(ctx.stoppedAt, zone);
  const steps: PlannedStep[] = [];

  const n = settings.rejectionReplyAfterBusinessDays;
  const replyDay = calendar.addBusinessDays(stoppedDay, n);
  const replySlot = p.slotOn(replyDay, target, floor);
  const replyReason: StepTiming = {
    rule: "after_rejection",
    businessDays: n,
    skipped: p.skipped(stoppedDay, replyDay, n <= 1, calendar),
  };
  const replySubject: StepSubject = {
    kind: "rejection_reply",
    send: details.mode === "send",
    name: contact.name,
  };
  steps.push(
    p.step(
      "rejection_reply",
      PLAN_RULES.rejectionReply,
      "after_rejection",
      contact,
      replySlot,
      p.why(replySubject, replySlot, replyReason, floorLabel),
    ),
  );

  const months = settings.keepInTouchAfterMonths;
  if (months > 0) {
    const monthsLater = addCalendarMonths(stoppedDay, months);
    const day = calendar.addBusinessDays(monthsLater, 0);
    const slot = p.slotOn(day, target, floor);
    const reason: StepTiming = {
      rule: "months_after_rejection",
      months,
      skipped: p.skipped(addCalendarDays(monthsLater, -1), day, true, calendar),
    };
    const subject: StepSubject = { kind: "keep_in_touch", send: details.mode === "send", name: contact.name };
    steps.push(
      p.step(
        "keep_in_touch",
        PLAN_RULES.keepInTouch,
        "after_rejection",
        contact,
        slot,
        p.why(subject, slot, reason, floorLabel),
      ),
    );
  }
  return steps;
}
