import type { Interview, TimelineEvent } from "./interview.js";

/** The timeline keeps the most recent events only, so one item never outgrows DynamoDB's 400 KB. */
export const MAX_TIMELINE_EVENTS = 300;

export function withEvent(interview: Interview, event: TimelineEvent): Interview {
  const events = [...interview.events, event];
  return { ...interview, events: events.slice(Math.max(0, events.length - MAX_TIMELINE_EVENTS)) };
}
