import { type BusinessCalendar, instantAt, localDateOf, toSendAt } from "./business-calendar.js";
import { addCalendarDays, isoWeekdayOfDay } from "./calendar-day.js";
import { isSaturdaySunday } from "./country-weekend.js";
import type { Contact, InterviewDetails } from "./interview.js";
import { parseOffsetDateTime } from "./offset-date-time.js";
import type { PlanWords, SkippedDay, StepSubject, StepTiming, StepWhy } from "./plan-words.js";
import type { IsoWeekday, PlannerSettings } from "./planner-settings.js";
import { recipientCalendar } from "./recipient-calendar.js";
import { settledStepAt } from "./settled-step-at.js";
import type {
  ContactRole,
  PlannedStep,
  Step,
  StepAddress,
  StepContact,
  StepKind,
  StepPhase,
} from "./step.js";

/** What planning one interview's steps starts from. */
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
  /**
   * A re-plan's chain so far: a step in it that already went out is not planned again, so what is timed
   * from it (follow-ups after the thank-yous, a check-in after the previous one) is timed from when it went.
   */
  earlier?: readonly Step[];
}

/** Where a step goes: the recipient's zone and business calendar (its country's weekend and holidays). */
export interface PlanTarget {
  zone: string;
  calendar: BusinessCalendar;
}

/** When a step goes: a send slot on a business day in the recipient's zone. */
export interface PlanSlot {
  at: Date;
  /** Local date of `at` in the step's zone. */
  day: string;
  zone: string;
  /** When the rule alone would have sent it, if that was too early and the step was moved. */
  movedFrom?: Date;
}

/** A planned step with its send time and its place in the chain's order (for stable sorting). */
export interface DraftedStep {
  step: PlannedStep;
  at: number;
  order: number;
}

export type ChainPlanner = ReturnType<typeof chainPlanner>;

/**
 * What every planning rule shares for one interview: its settings, each recipient's zone and business
 * calendar (one calendar per country met), the send slot on a day, the days passed over between two dates,
 * and the step and its `why` as stored.
 */
export function chainPlanner(ctx: PlanContext) {
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
    /** In a re-plan, when the `nth` step like this one already went (see settledStepAt). */
    settledAt: settledStepAt(ctx.earlier),

    /**
     * Reminders are for the candidate, so they follow the interview's zone and calendar; emails follow the
     * contact's zone and, when the contact has a country of their own, that country's weekend and holidays.
     */
    targetFor(contact: Contact | undefined): PlanTarget {
      if (details.mode === "remind" || !contact)
        return { zone: details.timezone, calendar: calendarFor(undefined) };
      return { zone: contact.timezone ?? details.timezone, calendar: calendarFor(contact) };
    },

    /** `sendTime` on a business `day` in the target's zone, or the next send slot after `floor` when earlier. */
    slotOn(day: string, target: PlanTarget, floor: Date): PlanSlot {
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
      slot: PlanSlot,
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
      slot: PlanSlot,
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

export function stepContact(person: Contact, role: ContactRole): StepContact {
  return { name: person.name, email: person.email, role };
}

function nextDay(day: string): string {
  return addCalendarDays(day, 1);
}
