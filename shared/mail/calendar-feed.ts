import { compareCodeUnits } from "../domain/compare-code-units.js";
import { icsDocument, icsText, icsUtc } from "../domain/ics-text.js";
import { icsLocal, vtimezoneLines } from "../domain/ics-time-zone.js";
import type { Interview } from "../domain/interview.js";
import type { Step, StepKind, StepStatus } from "../domain/step.js";
import { isKnownZone } from "../domain/wall-clock.js";
import { dayAndTimeWords } from "./date-words.js";

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

/**
 * Steps that will not happen any more, shown as STATUS:CANCELLED so calendars strike or drop them, with the
 * word their title starts with: a failed step is never retried, so it will not happen either.
 */
const CANCELLED: Partial<Record<StepStatus, string>> = {
  cancelled: "Cancelled",
  skipped: "Cancelled",
  failed: "Not sent",
};
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
const DAY = 86_400_000;
const EPOCH = new Date(0);
/**
 * At most this many octets of events: a Lambda answers at most 6 MB of JSON, in which every CRLF and
 * backslash of the text takes twice its octets, so 2.5 MB of events leaves room for the VTIMEZONEs. That
 * is about 600 chains of five steps; a user with more sees the newest ones, not a feed that always fails.
 */
const MAX_EVENT_OCTETS = 2_500_000;

/**
 * "Tuesday 8 Dec 2026 at 10:00" at the recipient's clock, in the words of the service's other sentences (no
 * Intl formatter: ICU's first one costs a cold start ~20 ms). A zone this runtime does not know (stored by an
 * older release) is read as UTC and says so, rather than no feed at all.
 */
function localTime(at: Date, timeZone: string): string {
  return isKnownZone(timeZone) ? dayAndTimeWords(at, timeZone) : `${dayAndTimeWords(at, "UTC")} UTC`;
}

function summaryOf(interview: Interview, step: Step): string {
  const who = step.contact?.name || (step.channel === "email" ? step.to.name : "");
  const title = `${TITLES[step.kind]}${who ? ` to ${who}` : ""} · ${interview.company}`;
  const cancelled = CANCELLED[step.status];
  return cancelled ? `${cancelled}: ${title}` : title;
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
    // Not the step's `reason`: it can quote an address or a mail server's words; the feed keeps to plain status.
    `Status: ${STATUS_WORDS[step.status]}.`,
    `Interview: ${interview.role} at ${interview.company}, ${interview.round}.`,
  ].join("\n");
}

/**
 * When the event last changed: the step's last change, or the interview's when later, since the event's
 * words also show the interview (its company, role and round, which PATCH may rename) and Google Calendar
 * keeps an event whose SEQUENCE did not grow. A change elsewhere in the interview then re-dates its events
 * too, which costs a subscriber nothing.
 */
function revisionOf(interview: Interview, step: Step): Date {
  const stepMs = Date.parse(step.updatedAt);
  const interviewMs = Date.parse(interview.updatedAt);
  return new Date(interviewMs > stepMs ? interviewMs : stepMs);
}

/** Whole seconds from the interview's registration to the event's last change: grows with every change. */
function sequenceOf(interview: Interview, revision: Date): number {
  const seconds = Math.floor((revision.getTime() - Date.parse(interview.createdAt)) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** When the event is: when the step went out, else when it is planned; a quarter of an hour long. */
function spanOf(step: Step): { start: Date; end: Date } {
  const wentAt = WENT_OUT.includes(step.status) && step.sentAt ? step.sentAt : step.sendAt;
  const start = new Date(wentAt);
  return { start, end: new Date(start.getTime() + EVENT_MINUTES * 60_000) };
}

/** `DTSTART;TZID=America/New_York:20261124T093000` when the zone has a VTIMEZONE here, else UTC. */
function dateTime(name: string, at: Date, zone: string, zones: ReadonlySet<string>): string {
  const local = zones.has(zone) ? icsLocal(at, zone) : undefined;
  return local ? `${name};TZID=${zone}:${local}` : `${name}:${icsUtc(at)}`;
}

function eventLines(interview: Interview, step: Step, zones: ReadonlySet<string>): string[] {
  const { start, end } = spanOf(step);
  const modified = revisionOf(interview, step);
  return [
    "BEGIN:VEVENT",
    `UID:${interview.id.toLowerCase()}-${step.id}@${UID_DOMAIN}`,
    `DTSTAMP:${icsUtc(modified)}`,
    `CREATED:${icsUtc(new Date(interview.createdAt))}`,
    `LAST-MODIFIED:${icsUtc(modified)}`,
    `SEQUENCE:${sequenceOf(interview, modified)}`,
    dateTime("DTSTART", start, step.timezone, zones),
    dateTime("DTEND", end, step.timezone, zones),
    `SUMMARY:${icsText(summaryOf(interview, step))}`,
    `DESCRIPTION:${icsText(descriptionOf(interview, step, start))}`,
    `STATUS:${CANCELLED[step.status] ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:TRANSPARENT",
    `CATEGORIES:${icsText(step.kind)}`,
    `X-FOLLOWUP-TIMEZONE:${icsText(step.timezone)}`,
    "END:VEVENT",
  ];
}

/**
 * One VTIMEZONE per zone of the steps, exact over the days their events span (a day either side), so
 * each event can name its zone with TZID and a calendar shows it at the recipient's local time.
 */
function timezoneComponents(steps: readonly Step[]): Map<string, string[]> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const step of steps) {
    const { start, end } = spanOf(step);
    if (Number.isNaN(start.getTime())) continue;
    const span = spans.get(step.timezone);
    spans.set(step.timezone, {
      from: Math.min(span?.from ?? start.getTime(), start.getTime()),
      to: Math.max(span?.to ?? end.getTime(), end.getTime()),
    });
  }
  const components = new Map<string, string[]>();
  for (const [zone, span] of [...spans].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const from = new Date(Math.floor(span.from / DAY) * DAY - DAY);
    const lines = vtimezoneLines(zone, from, new Date(span.to + DAY));
    if (lines) components.set(zone, lines);
  }
  return components;
}

/**
 * The owner's steps as an iCalendar feed (RFC 5545): one VEVENT per step, in the recipient's zone (TZID
 * with its VTIMEZONE; UTC, the zone still named, for a time a DST change makes ambiguous), a UID that never changes, and SEQUENCE / LAST-MODIFIED that grow with every
 * change so subscribed calendars update it. Steps that will not happen read STATUS:CANCELLED. The newest
 * chains whose events fit in MAX_EVENT_OCTETS, each whole.
 */
export function calendarFeed(interviews: readonly Interview[]): string {
  const ordered = [...interviews].sort(
    (a, b) => compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id),
  );
  const chains = ordered.map((interview) =>
    [...interview.steps]
      .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt) || compareCodeUnits(a.id, b.id))
      .map((step) => ({ interview, step })),
  );
  const timezones = timezoneComponents(chains.flat().map(({ step }) => step));
  const zones = new Set(timezones.keys());
  const events = newestThatFit(
    chains.map((steps) =>
      icsDocument(steps.flatMap(({ interview, step }) => eventLines(interview, step, zones))),
    ),
    MAX_EVENT_OCTETS,
  );
  // RFC 5545 3.6: a calendar holds at least one component, and strict readers (sabre/vobject) refuse one
  // without; a feed is often subscribed to before its first event, so an unused UTC VTIMEZONE stands in.
  if (timezones.size === 0 && !events.some(Boolean))
    timezones.set("UTC", vtimezoneLines("UTC", EPOCH, EPOCH) ?? []);
  const head = icsDocument([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    `NAME:${CALENDAR_NAME}`,
    `X-WR-CALNAME:${CALENDAR_NAME}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...[...timezones.values()].flat(),
  ]);
  return `${head}${events.join("")}${icsDocument(["END:VCALENDAR"])}`;
}

/**
 * The events of the newest chains (the last ones) whose text fits in `maxOctets`, each chain whole, in
 * their order. A VTIMEZONE a left-out chain alone needed stays: unused, it is still valid.
 */
function newestThatFit(chains: readonly string[], maxOctets: number): string[] {
  let octets = 0;
  let first = chains.length;
  while (first > 0) {
    const size = Buffer.byteLength(chains[first - 1] ?? "", "utf8");
    if (octets + size > maxOctets) break;
    octets += size;
    first--;
  }
  return chains.slice(first);
}
