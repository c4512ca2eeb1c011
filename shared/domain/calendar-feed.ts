import { icsDocument, icsText, icsUtc } from "./ics-text.js";
import type { Interview } from "./interview.js";
import type { Step, StepKind, StepStatus } from "./step.js";

/** How a step reads as an event title. */
const TITLES: Record<StepKind, string> = {
  thank_you: "Thank-you",
  panel_thanks: "Panel thank-you",
  handwritten_note: "Post a handwritten note",
  referrer_update: "Update",
  pre_decision_nudge: "Note before the decision",
  recruiter_check_in: "Check-in",
  weekly_check_in: "Check-in",
  rejection_reply: "Reply to the decision",
  keep_in_touch: "Keep-in-touch note",
};

/** Steps that will not happen any more: shown as STATUS:CANCELLED so calendars strike or drop them. */
const CANCELLED: readonly StepStatus[] = ["cancelled", "skipped"];
/** Steps that went out (or may have): placed at the time they went, not the time they were planned. */
const WENT_OUT: readonly StepStatus[] = ["sending", "sent", "unknown"];

const STATUS_WORDS: Record<StepStatus, string> = {
  unscheduled: "planned (its schedule is being set up)",
  scheduled: "planned",
  sending: "being sent",
  sent: "sent",
  skipped: "skipped",
  cancelled: "cancelled",
  failed: "failed",
  unknown: "may have been sent (the mail service did not answer)",
};

export const CALENDAR_NAME = "Interview follow-ups";
const PRODUCT_ID = "-//followup//Interview follow-up scheduler//EN";
const UID_DOMAIN = "followup.invalid";
const EVENT_MINUTES = 15;

function localTime(at: Date, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  };
  try {
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone }).format(at);
  } catch {
    // A zone this runtime does not know (stored by an older release): UTC rather than no feed at all.
    return `${new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" }).format(at)} UTC`;
  }
}

function summaryOf(interview: Interview, step: Step): string {
  const who = step.contact?.name || (step.channel === "email" ? step.to.name : "");
  const title = `${TITLES[step.kind]}${who ? ` to ${who}` : ""} · ${interview.company}`;
  return CANCELLED.includes(step.status) ? `Cancelled: ${title}` : title;
}

/** Plain words about the step: never an email body, only who, when, why and where it stands. */
function descriptionOf(interview: Interview, step: Step, at: Date): string {
  const who = step.channel === "email" ? step.to.name || "the contact" : "you";
  return [
    step.channel === "email"
      ? `An email to ${who}, sent on your behalf.`
      : "A reminder to you, with a ready draft.",
    `${WENT_OUT.includes(step.status) ? "Went out" : "Planned for"} ${localTime(at, step.timezone)} (${step.timezone}, the recipient's time zone).`,
    `Why: ${step.why}`,
    `Status: ${STATUS_WORDS[step.status]}${step.reason ? ` (${step.reason})` : ""}.`,
    `Interview: ${interview.role} at ${interview.company}, ${interview.round}.`,
  ].join("\n");
}

/** Whole seconds since the interview was registered: grows with every change of the step. */
function sequenceOf(interview: Interview, step: Step): number {
  const seconds = Math.floor((Date.parse(step.updatedAt) - Date.parse(interview.createdAt)) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

function eventLines(interview: Interview, step: Step): string[] {
  const wentAt = WENT_OUT.includes(step.status) && step.sentAt ? step.sentAt : step.sendAt;
  const start = new Date(wentAt);
  const end = new Date(start.getTime() + EVENT_MINUTES * 60_000);
  const modified = new Date(step.updatedAt);
  return [
    "BEGIN:VEVENT",
    `UID:${interview.id.toLowerCase()}-${step.id}@${UID_DOMAIN}`,
    `DTSTAMP:${icsUtc(modified)}`,
    `CREATED:${icsUtc(new Date(interview.createdAt))}`,
    `LAST-MODIFIED:${icsUtc(modified)}`,
    `SEQUENCE:${sequenceOf(interview, step)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${icsText(summaryOf(interview, step))}`,
    `DESCRIPTION:${icsText(descriptionOf(interview, step, start))}`,
    `STATUS:${CANCELLED.includes(step.status) ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:TRANSPARENT",
    `CATEGORIES:${icsText(step.kind)}`,
    `X-FOLLOWUP-TIMEZONE:${icsText(step.timezone)}`,
    "END:VEVENT",
  ];
}

/**
 * The owner's steps as an iCalendar feed (RFC 5545): one VEVENT per step, at its UTC instant with the
 * recipient's zone named, a UID that never changes, and SEQUENCE / LAST-MODIFIED that grow with every
 * change so subscribed calendars update it. Steps that will not happen read STATUS:CANCELLED.
 */
export function calendarFeed(interviews: readonly Interview[]): string {
  const ordered = [...interviews].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const events = ordered.flatMap((interview) =>
    [...interview.steps]
      .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt) || a.id.localeCompare(b.id))
      .flatMap((step) => eventLines(interview, step)),
  );
  return icsDocument([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    `NAME:${CALENDAR_NAME}`,
    `X-WR-CALNAME:${CALENDAR_NAME}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...events,
    "END:VCALENDAR",
  ]);
}
