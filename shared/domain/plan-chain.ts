import { type BusinessCalendar, instantAt, localDateOf, toSendAt } from "./business-calendar.js";
import { addCalendarDays, addCalendarMonths, isoWeekdayOfDay } from "./calendar-day.js";
import { isSaturdaySunday } from "./country-weekend.js";
import { hasEmail } from "./has-email.js";
import type { Contact, InterviewDetails } from "./interview.js";
import { parseOffsetDateTime } from "./offset-date-time.js";
import type { PlanWords, SkippedDay, StepSubject, StepTiming, StepWhy } from "./plan-words.js";
import type { IsoWeekday, PlannerSettings } from "./planner-settings.js";
import { recipientCalendar } from "./recipient-calendar.js";
import type { ContactRole, PlannedStep, StepAddress, StepContact, StepKind, StepPhase } from "./step.js";

export interface PlanContext {
  /** Includes settings (PlannerSettings), timezone, country, region, mode and contacts. */
  details: InterviewDetails;
  /** Never plan a send before now. */
  now: Date;
  /** Unanswered follow-ups already sent to each contact (key: lower-cased email) in earlier rounds of the same application. */
  priorUnansweredFollowUps?: Record<string, number>;
  /**
   * The words of each step's `why` (shared/mail's `stepWhyWords`, or the whole `planWords`): the planner
   * hands them what it decided.
   */
  words: Pick<PlanWords, "why">;
}

/** Stable ids of the planner's rules, as stored in `PlannedStep.rule`. */
export const PLAN_RULES = {
  thankYou: "thank-you.next-business-morning",
  panelThanksViaRecruiter: "panel-thanks.via-recruiter",
  panelThanksFindAddress: "panel-thanks.find-address",
  handwrittenNote: "handwritten-note.same-morning",
  referrerUpdate: "referrer-update.same-morning",
  preDecisionNudge: "pre-decision-nudge.before-decision",
  checkInAfterDecision: "recruiter-check-in.after-decision",
  checkInAfterInterview: "recruiter-check-in.after-interview",
  weeklyCheckIn: "weekly-check-in.interval",
  rejectionReply: "rejection-reply.after-rejection",
  keepInTouch: "keep-in-touch.months-after-rejection",
  checkInAfterRepliedDecision: "recruiter-check-in.after-decision-named-in-reply",
} as const;

/** Where a step goes: the recipient's zone and business calendar (its country's weekend and holidays). */
interface Target {
  zone: string;
  calendar: BusinessCalendar;
}

interface Slot {
  at: Date;
  /** Local date of `at` in the step's zone. */
  day: string;
  zone: string;
  /** When the rule alone would have sent it, if that was too early and the step was moved. */
  movedFrom?: Date;
}

interface Drafted {
  step: PlannedStep;
  at: number;
  order: number;
}

/**
 * The follow-up chain for one interview round, sorted by send time (ties keep the chain's order:
 * thank-yous, handwritten note, referrer, then the recruiter's follow-ups).
 *
 * Every send time is `settings.sendTime` on a business day in the recipient's zone, or, for a step whose
 * rule time is before `now` (or before the interview itself), the next send slot after that. Recruiter
 * follow-ups then keep their spacing from the moved step, so overdue check-ins never bunch up.
 */
export function planChain(ctx: PlanContext): PlannedStep[] {
  const p = createPlanner(ctx);
  const { details, settings } = p;
  const interviewAt = parseInstant(details.interviewedAt, "interviewedAt");
  const interviewDay = localDateOf(interviewAt, details.timezone);
  const floor = new Date(Math.max(ctx.now.getTime(), interviewAt.getTime()));
  const floorLabel: StepWhy["floor"] = ctx.now.getTime() >= interviewAt.getTime() ? "now" : "interview";
  const out: Drafted[] = [];
  const add = (step: PlannedStep, at: Date | number) =>
    out.push({ step, at: typeof at === "number" ? at : at.getTime(), order: out.length });

  const thankYouDays = settings.thankYouAfterBusinessDays;
  /** The thank-you day in a recipient's calendar (their weekend and holidays), and why that day. */
  const thankYouFor = (target: Target): { day: string; reason: StepTiming } => {
    const day = target.calendar.addBusinessDays(interviewDay, thankYouDays);
    const reason: StepTiming = {
      rule: "after_interview",
      businessDays: thankYouDays,
      interviewDay,
      skipped: p.skipped(interviewDay, day, thankYouDays <= 1, target.calendar),
    };
    return { day, reason };
  };
  const thankYouSendDays = new Set<string>();

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
    add(
      p.step(
        "thank_you",
        PLAN_RULES.thankYou,
        "chain",
        contact,
        slot,
        p.why(subject, slot, thankYouReason, floorLabel),
      ),
      slot.at,
    );
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
    add(
      p.step(
        "panel_thanks",
        recruiter ? PLAN_RULES.panelThanksViaRecruiter : PLAN_RULES.panelThanksFindAddress,
        "chain",
        undefined,
        slot,
        p.why(subject, slot, reason, floorLabel),
        recruiter,
      ),
      slot.at,
    );
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
      interviewDay,
      thankYouDay: thankYouFor(p.targetFor(details.recruiter)).day,
      floor,
      floorLabel,
      prior: priorFor(ctx.priorUnansweredFollowUps, details.recruiter.email),
    })) {
      add(step, at);
    }
  }

  return out.sort((a, b) => a.at - b.at || a.order - b.order).map((d) => d.step);
}

/**
 * What to plan once the candidate records a rejection at `stoppedAt`: a gracious reply to the recruiter (or
 * the first interviewer when there is no recruiter) and, unless `keepInTouchAfterMonths` is 0, a
 * keep-in-touch note that many months after the rejection's local date, rolled forward to a business day.
 * These are courtesy notes, so they do not count toward `maxUnansweredFollowUps`.
 */
export function planAfterRejection(ctx: PlanContext & { stoppedAt: Date }): PlannedStep[] {
  const p = createPlanner(ctx);
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
      skipped: p.skipped(dayBefore(monthsLater), day, true, calendar),
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

/**
 * A contact replied and named a decision date: one check-in to them, `checkInAfterDecisionBusinessDays`
 * business days after it (phase `after_reply`: the only step a replied chain still sends). None when the
 * cap allows no follow-up at all.
 */
export function planCheckInAfterReply(
  ctx: PlanContext & { contact: Contact; role: ContactRole; decisionDate: string },
): PlannedStep[] {
  const p = createPlanner(ctx);
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

type Planner = ReturnType<typeof createPlanner>;

interface RecruiterPlanInput {
  interviewDay: string;
  thankYouDay: string;
  floor: Date;
  floorLabel: StepWhy["floor"];
  prior: number;
}

function planRecruiterFollowUps(p: Planner, recruiter: Contact, input: RecruiterPlanInput): Drafted[] {
  const { details, settings } = p;
  const max = settings.maxUnansweredFollowUps;
  const budget = Math.max(0, max - input.prior);
  if (budget === 0) return [];
  const contact = stepContact(recruiter, "recruiter");
  const target = p.targetFor(recruiter);
  const { calendar } = target;
  const send = details.mode === "send";
  const out: Drafted[] = [];
  const add = (kind: StepKind, rule: string, slot: Slot, subject: StepSubject, reason: StepTiming) => {
    const count = { n: input.prior + out.length + 1, max, prior: input.prior };
    const why = p.why(subject, slot, reason, input.floorLabel, count);
    out.push({
      step: p.step(kind, rule, "chain", contact, slot, why),
      at: slot.at.getTime(),
      order: out.length,
    });
  };

  const checkIn: StepSubject = { kind: "check_in", send, name: contact.name };
  let last: Slot;
  const decision = details.decisionExpectedBy;
  if (decision) {
    const nudgeDays = settings.preDecisionNudgeBusinessDays;
    const nudgeDay = calendar.subtractBusinessDays(decision, nudgeDays);
    // A lone remaining follow-up is worth more after the decision date than before it.
    if (settings.preDecisionNudge && budget >= 2 && nudgeDay > input.thankYouDay) {
      const slot = p.slotOn(nudgeDay, target, input.floor);
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
    last = p.slotOn(day, target, input.floor);
    const reason: StepTiming = {
      rule: "after_decision",
      businessDays: n,
      decisionDate: decision,
      skipped: p.skipped(decision, day, n <= 1, calendar),
    };
    add("recruiter_check_in", PLAN_RULES.checkInAfterDecision, last, checkIn, reason);
  } else {
    const n = settings.firstCheckInAfterBusinessDays;
    const day = calendar.addBusinessDays(input.interviewDay, n);
    last = p.slotOn(day, target, input.floor);
    const reason: StepTiming = {
      rule: "after_interview_without_decision",
      businessDays: n,
      interviewDay: input.interviewDay,
      skipped: p.skipped(input.interviewDay, day, n <= 1, calendar),
    };
    add("recruiter_check_in", PLAN_RULES.checkInAfterInterview, last, checkIn, reason);
  }

  // Zero would put two follow-ups to one person on the same morning.
  const interval = Math.max(1, settings.checkInIntervalBusinessDays);
  while (out.length < budget) {
    const day = calendar.addBusinessDays(last.day, interval);
    const slot = p.slotOn(day, target, input.floor);
    const reason: StepTiming = {
      rule: "after_previous_check_in",
      businessDays: interval,
      skipped: p.skipped(last.day, day, interval <= 1, calendar),
    };
    const subject: StepSubject = { kind: "weekly_check_in", send, name: contact.name };
    add("weekly_check_in", PLAN_RULES.weeklyCheckIn, slot, subject, reason);
    last = slot;
  }
  return out;
}

function createPlanner(ctx: PlanContext) {
  const { details } = ctx;
  const settings: PlannerSettings = details.settings;
  const interviewYear = parseOffsetDateTime(details.interviewedAt)?.year ?? Number.NaN;
  const candidate = { name: details.candidate.name, email: details.candidate.email };
  // One calendar per country met: building one checks the country and loads its holidays.
  const calendars = new Map<string, BusinessCalendar>();
  const calendarFor = (contact: Contact | undefined): BusinessCalendar => {
    const key = contact?.country?.trim().toUpperCase() ?? "";
    let calendar = calendars.get(key);
    if (!calendar) {
      calendar = recipientCalendar(details, contact);
      calendars.set(key, calendar);
    }
    return calendar;
  };

  return {
    details,
    settings,

    /**
     * Reminders are for the candidate, so they follow the interview's zone and calendar; emails follow the
     * contact's zone and, when the contact has a country of their own, that country's weekend and holidays.
     */
    targetFor(contact: Contact | undefined): Target {
      if (details.mode === "remind" || !contact)
        return { zone: details.timezone, calendar: calendarFor(undefined) };
      return { zone: contact.timezone ?? details.timezone, calendar: calendarFor(contact) };
    },

    /** `sendTime` on a business `day` in the target's zone, or the next send slot after `floor` when earlier. */
    slotOn(day: string, target: Target, floor: Date): Slot {
      const { zone, calendar } = target;
      // Going through nextSendSlot keeps a sendTime outside the window inside it.
      const planned = calendar.nextSendSlot(instantAt(day, "00:00", zone), zone, settings.sendTime);
      if (planned.getTime() >= floor.getTime()) return { at: planned, day: localDateOf(planned, zone), zone };
      const at = calendar.nextSendSlot(floor, zone, settings.sendTime);
      return { at, day: localDateOf(at, zone), zone, movedFrom: planned };
    },

    /**
     * The days passed over between two dates. Holidays always explain themselves; weekends only when the
     * rule is "the next business day", since "N business days" already implies them. A weekend other than
     * Saturday and Sunday carries its country, to be named.
     */
    skipped(
      fromExclusive: string,
      toExclusive: string,
      mentionWeekends: boolean,
      calendar: BusinessCalendar,
    ): SkippedDay[] {
      const [lo, hi] =
        fromExclusive <= toExclusive ? [fromExclusive, toExclusive] : [toExclusive, fromExclusive];
      const parts: SkippedDay[] = [];
      const sendDays = new Set<IsoWeekday>(calendar.sendDays);
      const weekend = calendar.countryWeekend;
      const isWeekend = (weekday: IsoWeekday) => (weekend ? weekend.includes(weekday) : weekday >= 6);
      const weekendDay: SkippedDay =
        weekend && !isSaturdaySunday(weekend)
          ? { skipped: "weekend", country: calendar.country }
          : { skipped: "weekend" };
      let weekendNoted = false;
      let otherNoted = false;
      for (let d = nextDay(lo); d < hi; d = nextDay(d)) {
        const weekday = isoWeekdayOfDay(d);
        // A holiday on a day we would not send anyway (a Saturday Boxing Day) changes nothing worth saying.
        if (!sendDays.has(weekday)) {
          if (!mentionWeekends) continue;
          if (isWeekend(weekday)) {
            if (!weekendNoted) parts.push(weekendDay);
            weekendNoted = true;
          } else {
            if (!otherNoted) parts.push({ skipped: "outside_send_window" });
            otherNoted = true;
          }
          continue;
        }
        const holiday = calendar.holidayOn(d);
        if (holiday) parts.push({ skipped: "holiday", day: d, name: holiday });
      }
      // Past the generated holiday tables: say that holidays could not be skipped (the ends suffice: a span
      // reaching outside the covered years does so at one of its ends).
      const ends = nextDay(lo) <= hi ? [nextDay(lo), hi] : [hi];
      const unknownYear = ends.find((d) => calendar.holidaysUnknownOn(d))?.slice(0, 4);
      if (unknownYear) parts.push({ skipped: "holidays_unknown", year: unknownYear });
      return parts;
    },

    why(
      subject: StepSubject,
      slot: Slot,
      timing: StepTiming,
      floor: StepWhy["floor"],
      count?: StepWhy["count"],
    ): string {
      const { at, zone, movedFrom } = slot;
      return ctx.words.why({ subject, at, zone, movedFrom, floor, timing, count, year: interviewYear });
    },

    step(
      kind: StepKind,
      rule: string,
      phase: StepPhase,
      contact: StepContact | undefined,
      slot: Slot,
      why: string,
      /** For a step about several people (no `contact`): who the email goes to in send mode. */
      sendTo?: StepAddress,
    ): PlannedStep {
      const recipient = contact ?? sendTo;
      const email = details.mode === "send" && recipient !== undefined;
      return {
        kind,
        channel: email ? "email" : "reminder",
        to: email ? { name: recipient.name, email: recipient.email } : candidate,
        ...(contact ? { contact } : {}),
        sendAt: toSendAt(slot.at, slot.zone),
        timezone: slot.zone,
        phase,
        rule,
        why,
      };
    },
  };
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

function stepContact(person: Contact, role: ContactRole): StepContact {
  return { name: person.name, email: person.email, role };
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

function nextDay(day: string): string {
  return addCalendarDays(day, 1);
}

function dayBefore(day: string): string {
  return addCalendarDays(day, -1);
}
