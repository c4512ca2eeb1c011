import { localDateOf } from "./business-calendar.js";
import {
  chainPlanner,
  type DraftedStep,
  type PlanContext,
  type PlanSlot,
  type PlanTarget,
  stepContact,
} from "./chain-planner.js";
import { hasEmail } from "./has-email.js";
import type { InterviewDetails } from "./interview.js";
import { parseOffsetDateTime } from "./offset-date-time.js";
import { planRecruiterFollowUps } from "./plan-recruiter-follow-ups.js";
import { PLAN_RULES } from "./plan-rules.js";
import type { InterviewDayThere, StepSubject, StepTiming, StepWhy } from "./plan-words.js";
import type { PlannedStep } from "./step.js";

/**
 * The follow-up chain for one interview round, sorted by send time (ties keep the chain's order:
 * thank-yous, handwritten note, referrer, then the recruiter's follow-ups).
 *
 * Every send time is `settings.sendTime` on a business day in the recipient's zone, or, for a step whose
 * rule time is before `now` (or before the interview itself), the next send slot after that. Recruiter
 * follow-ups then keep their spacing from the moved step, so overdue check-ins never bunch up.
 */
export function planChain(ctx: PlanContext): PlannedStep[] {
  const p = chainPlanner(ctx);
  const { details, settings } = p;
  const interviewAt = parseInstant(details.interviewedAt, "interviewedAt");
  const interviewDay = localDateOf(interviewAt, details.timezone);
  const floor = new Date(Math.max(ctx.now.getTime(), interviewAt.getTime()));
  const floorLabel: StepWhy["floor"] = ctx.now.getTime() >= interviewAt.getTime() ? "now" : "interview";
  const out: DraftedStep[] = [];
  const add = (step: PlannedStep, at: Date | number) =>
    out.push({ step, at: typeof at === "number" ? at : at.getTime(), order: out.length });

  /**
   * The interview's day where a recipient is: the Monday-evening interview of a candidate in Los Angeles
   * was on Tuesday in Tokyo, so "the next business morning" there is Wednesday's, never the morning before
   * it started.
   */
  const interviewDayFor = (target: PlanTarget): InterviewDayThere => {
    const there = localDateOf(interviewAt, target.zone);
    return there === interviewDay ? { interviewDay } : { interviewDay: there, inRecipientZone: true };
  };

  const thankYouDays = settings.thankYouAfterBusinessDays;
  /** The thank-you day in a recipient's calendar (their weekend and holidays), and why that day. */
  const thankYouFor = (target: PlanTarget): { day: string; reason: StepTiming } => {
    const from = interviewDayFor(target);
    const day = target.calendar.addBusinessDays(from.interviewDay, thankYouDays);
    const reason: StepTiming = {
      rule: "after_interview",
      businessDays: thankYouDays,
      ...from,
      skipped: p.skipped(from.interviewDay, day, thankYouDays <= 1, target.calendar),
    };
    return { day, reason };
  };
  const thankYouSendDays = new Set<string>();
  // When the recruiter is thanked themselves: their follow-ups wait for a later day (planRecruiterFollowUps).
  const recruiterEmail = details.recruiter?.email.trim().toLowerCase();
  let recruiterThankedAt: Date | undefined;
  // Thank everyone first, check in later: no recruiter follow-up goes on or before the last thank-you's day,
  // whatever the settings, a decision date or a contact abroad would otherwise say.
  let lastThankYouAt: Date | undefined;
  // A re-plan's thank-you that already went counts from when it went, not from the slot planned anew.
  const thanked = (step: PlannedStep, slot: PlanSlot): Date => {
    const at = p.settledAt(step) ?? slot.at;
    if (!lastThankYouAt || at > lastThankYouAt) lastThankYouAt = at;
    return at;
  };

  const seen = new Set<string>();
  for (const interviewer of details.interviewers.filter(hasEmail)) {
    const key = interviewer.email.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const contact = stepContact(interviewer, "interviewer");
    const target = p.targetFor(interviewer);
    const { day: thankYouDay, reason: thankYouReason } = thankYouFor(target);
    thankYouSendDays.add(thankYouDay);
    const slot = p.slotOn(thankYouDay, target, floor);
    const subject: StepSubject = { kind: "thank_you", send: details.mode === "send", name: contact.name };
    const step = p.step(
      "thank_you",
      PLAN_RULES.thankYou,
      "chain",
      contact,
      slot,
      p.why(subject, slot, thankYouReason, floorLabel),
    );
    const at = thanked(step, slot);
    if (key === recruiterEmail) recruiterThankedAt = at;
    add(step, slot.at);
  }

  const panel = panelWithoutAddress(details.interviewers);
  if (panel.length > 0) {
    const recruiter = details.recruiter;
    const target = p.targetFor(recruiter);
    const { day, reason } = thankYouFor(target);
    thankYouSendDays.add(day);
    const slot = p.slotOn(day, target, floor);
    const subject: StepSubject = {
      kind: "panel_thanks",
      send: details.mode === "send",
      names: panel,
      recruiter: recruiter?.name,
    };
    const step = p.step(
      "panel_thanks",
      recruiter ? PLAN_RULES.panelThanksViaRecruiter : PLAN_RULES.panelThanksFindAddress,
      "chain",
      undefined,
      slot,
      p.why(subject, slot, reason, floorLabel),
      recruiter,
    );
    const at = thanked(step, slot);
    if (recruiter) recruiterThankedAt = at;
    add(step, slot.at);
  }

  const sameMorning: StepTiming = { rule: "same_morning_as_thank_yous", send: details.mode === "send" };
  // "The same morning" only while every thank-you goes that day: a contact abroad may have another weekend.
  const sameMorningOr = (thankYou: { day: string; reason: StepTiming }) =>
    thankYouSendDays.size === 1 && thankYouSendDays.has(thankYou.day) ? sameMorning : thankYou.reason;
  if (settings.handwrittenNote) {
    const thankYou = thankYouFor(p.targetFor(undefined));
    const slot = p.slotOn(thankYou.day, p.targetFor(undefined), floor);
    const subject: StepSubject = { kind: "handwritten_note" };
    add(
      p.step(
        "handwritten_note",
        PLAN_RULES.handwrittenNote,
        "chain",
        undefined,
        slot,
        p.why(subject, slot, sameMorningOr(thankYou), floorLabel),
      ),
      slot.at,
    );
  }

  if (details.referrer && settings.referrerUpdate) {
    const contact = stepContact(details.referrer, "referrer");
    const target = p.targetFor(details.referrer);
    const thankYou = thankYouFor(target);
    const slot = p.slotOn(thankYou.day, target, floor);
    const subject: StepSubject = {
      kind: "referrer_update",
      send: details.mode === "send",
      name: contact.name,
    };
    add(
      p.step(
        "referrer_update",
        PLAN_RULES.referrerUpdate,
        "chain",
        contact,
        slot,
        p.why(subject, slot, sameMorningOr(thankYou), floorLabel),
      ),
      slot.at,
    );
  }

  if (details.recruiter) {
    for (const { step, at } of planRecruiterFollowUps(p, details.recruiter, {
      ...interviewDayFor(p.targetFor(details.recruiter)),
      thankYouDay: thankYouFor(p.targetFor(details.recruiter)).day,
      floor,
      floorLabel,
      thankedAt: recruiterThankedAt,
      lastThankYouAt,
      prior: priorFor(ctx.priorUnansweredFollowUps, details.recruiter.email),
    })) {
      add(step, at);
    }
  }

  return out.sort((a, b) => a.at - b.at || a.order - b.order).map((d) => d.step);
}

/** Interviewers without an address, once each (by name): thanked together in one panel step. */
function panelWithoutAddress(interviewers: InterviewDetails["interviewers"]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const interviewer of interviewers) {
    if (hasEmail(interviewer)) continue;
    const key = interviewer.name.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(interviewer.name.trim());
  }
  return names;
}

function priorFor(prior: Record<string, number> | undefined, email: string): number {
  if (!prior) return 0;
  const wanted = email.trim().toLowerCase();
  let total = 0;
  // Callers are asked for lower-cased keys; tolerating others costs nothing and avoids a silent over-send.
  for (const [key, count] of Object.entries(prior)) {
    if (key.trim().toLowerCase() === wanted && Number.isFinite(count)) total += Math.max(0, count);
  }
  return total;
}

function parseInstant(iso: string, field: string): Date {
  const at = parseOffsetDateTime(iso);
  if (!at) throw new Error(`Invalid ${field} "${iso}": expected ISO 8601 with offset`);
  return at.instant;
}
