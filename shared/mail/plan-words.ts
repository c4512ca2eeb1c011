import type {
  FollowUpCount,
  InterviewDayThere,
  MovedFollowUp,
  PlanWords,
  SkippedDay,
  StepSubject,
  StepTiming,
  StepWhy,
} from "../domain/plan-words.js";
import { dayAndTimeWords, dayWords, localTimeWords } from "./date-words.js";
import { describeWeekend } from "./describe-weekend.js";
import { readableNames } from "./readable-names.js";

const COUNT_NOTE = /unanswered follow-up \d+ of at most \d+(?: \(\d+ from earlier rounds\))?/;

const days = (n: number, unit = "business day") => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** A date in words, without its year when that is the interview's: "Tuesday 24 Nov". */
const dateIn = (year: number) => (day: string) => {
  const w = dayWords(day);
  return `${w.weekday} ${w.day} ${w.monthShort}${w.year === year ? "" : ` ${w.year}`}`;
};

const weekday = (day: string) => dayWords(day).weekday;

/** "your Monday interview", or "your interview (Tuesday there)" when the recipient's day is not yours. */
const yourInterview = (t: InterviewDayThere) =>
  t.inRecipientZone
    ? `your interview (${weekday(t.interviewDay)} there)`
    : `your ${weekday(t.interviewDay)} interview`;

function subjectOf(s: StepSubject): string {
  switch (s.kind) {
    case "thank_you":
      return s.send ? `Thank-you to ${s.name}` : `Reminder to send your thank-you to ${s.name}`;
    case "panel_thanks": {
      const names = readableNames(s.names);
      if (!s.recruiter)
        return `Reminder to find the address of ${names}, or to thank them through whoever arranged the interview,`;
      return s.send
        ? `Thank-you to ${s.recruiter}, asking them to pass it on to ${names}, whose address you did not give,`
        : `Reminder to thank ${names} through ${s.recruiter}, as you have no address for them,`;
    }
    case "handwritten_note":
      return "Reminder to post a handwritten thank-you note to your interviewers";
    case "referrer_update":
      return s.send
        ? `Update to ${s.name}, who referred you,`
        : `Reminder to update ${s.name}, who referred you,`;
    case "rejection_reply":
      return s.send
        ? `Gracious reply thanking ${s.name} for the opportunity`
        : `Reminder to reply graciously to ${s.name} and thank them for the opportunity`;
    case "keep_in_touch":
      return s.send
        ? `Keep-in-touch note to ${s.name}`
        : `Reminder to send a keep-in-touch note to ${s.name}`;
    case "check_in":
      return s.send ? `Check-in with ${s.name}` : `Reminder to check in with ${s.name}`;
    case "pre_decision_nudge":
      return s.send
        ? `Short note to ${s.name} saying you are still very interested`
        : `Reminder to tell ${s.name} you are still very interested`;
    case "weekly_check_in":
      return s.send ? `Weekly check-in with ${s.name}` : `Reminder to check in again with ${s.name}`;
  }
}

/**
 * Holidays always explain themselves; weekends only when the planner noted them (for "the next business
 * day", since "N business days" already implies them). A weekend other than Saturday and Sunday is named
 * with its country ("skipping the weekend, Friday and Saturday in Israel").
 */
function skippedOf(skipped: SkippedDay[] | undefined, date: (day: string) => string): string {
  const partOf = (s: SkippedDay): string => {
    switch (s.skipped) {
      case "weekend":
        return s.country ? `skipping the weekend, ${describeWeekend(s.country)}` : "skipping the weekend";
      case "outside_send_window":
        return "skipping days outside your send window";
      case "holiday":
        return `${date(s.day)} is ${s.name}, a public holiday`;
      case "holidays_unknown":
        return `no public holidays are known for ${s.year} yet, so none are skipped`;
    }
  };
  const parts = (skipped ?? []).map(partOf);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

function timingOf(t: StepTiming, date: (day: string) => string): string {
  const base = (() => {
    switch (t.rule) {
      case "after_interview":
        return t.businessDays === 0
          ? `the day of ${yourInterview(t)}`
          : t.businessDays === 1
            ? `the next business morning after ${yourInterview(t)}`
            : `${t.businessDays} business days after ${yourInterview(t)}`;
      case "same_morning_as_thank_yous":
        return `the same morning as the thank-you ${t.send ? "emails" : "reminders"}`;
      case "after_rejection":
        return t.businessDays === 0
          ? "the day of the rejection"
          : t.businessDays === 1
            ? "the next business morning after the rejection"
            : `${t.businessDays} business days after the rejection`;
      case "months_after_rejection":
        return `${days(t.months, "month")} after the rejection`;
      case "after_decision_named_in_reply":
        return `${days(t.businessDays)} after the decision date ${date(t.decisionDate)} they gave in their reply`;
      case "before_decision":
        return `${days(t.businessDays)} before the decision expected by ${date(t.decisionDate)}`;
      case "after_decision":
        return t.businessDays === 0
          ? `on the day the decision was expected (${date(t.decisionDate)})`
          : `${days(t.businessDays)} after the decision expected by ${date(t.decisionDate)}`;
      case "after_interview_without_decision":
        return `${days(t.businessDays)} after ${yourInterview(t)}, as no decision date was given`;
      case "after_previous_check_in":
        return `${days(t.businessDays)} after the previous check-in`;
    }
  })();
  return base + skippedOf(t.skipped, date);
}

function countNote(c: FollowUpCount): string {
  const earlier = c.prior > 0 ? ` (${c.prior} from earlier rounds)` : "";
  return `unanswered follow-up ${c.n} of at most ${c.max}${earlier}`;
}

const FLOOR = {
  now: "now",
  interview: "the interview",
  rejection: "the rejection",
  thanks: "the day of their thank-you",
  thank_yous: "the day of the last thank-you",
} as const;

function whyOf(w: StepWhy): string {
  const date = dateIn(w.year);
  const when = (at: Date, showZone = true) => {
    const local = localTimeWords(at, w.zone);
    return `${local.weekday} ${local.day} ${local.monthShort}${local.year === w.year ? "" : ` ${local.year}`} at ${local.time}${showZone ? ` (${w.zone})` : ""}`;
  };
  const subject = subjectOf(w.subject);
  const reason = timingOf(w.timing, date);
  const suffix = w.count ? `; ${countNote(w.count)}` : "";
  if (!w.movedFrom) return `${subject} on ${when(w.at)}, ${reason}${suffix}.`;
  const floor = FLOOR[w.floor];
  const problem =
    w.floor === "now"
      ? "had already passed"
      : w.floor === "thanks" || w.floor === "thank_yous"
        ? `was not after ${floor}`
        : `was before ${floor}`;
  return `${subject} on ${when(w.at)}, the first send slot after ${floor}, because ${when(w.movedFrom, false)}, ${reason}, ${problem}${suffix}.`;
}

function movedFollowUpOf(m: MovedFollowUp): string {
  const zone = m.step.timezone;
  const localWhen = (at: Date) => dayAndTimeWords(at, zone);
  const kind = m.step.kind === "pre_decision_nudge" ? "pre_decision_nudge" : "check_in";
  return (
    `${subjectOf({ kind, send: m.send, name: m.name })} on ${localWhen(m.at)} (${zone}), ` +
    `${days(m.businessDays)} after the previous follow-up to ${m.name} ` +
    `(${localWhen(m.previousAt)}), so follow-ups never bunch up; ` +
    `${countNote(m.count)}.`
  );
}

/**
 * Only the words of a step's `why`: all that planning a chain writes. An entry that plans but never caps
 * follow-ups (preview, registration, a stop's rejection steps) bundles these and not the cap's sentences.
 */
export const stepWhyWords: Pick<PlanWords, "why"> = { why: whyOf };

/** Every sentence the planner and the cap on follow-ups write: a step's `why`, and a cancelled step's reason. */
export const planWords: PlanWords = {
  why: whyOf,
  overCap: "over the cap of unanswered follow-ups",
  tooClose: "too close to the previous follow-up, and later would be past the decision date it comes before",
  movedFollowUp: movedFollowUpOf,
  recount: (why, count) => why.replace(COUNT_NOTE, countNote(count)),
};
