import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  status: string;
  sequence: number;
  lastModified: Date;
  zone: string;
  /** The TZID DTSTART names, or "UTC". */
  startZone: string;
}

/**
 * Reads an iCalendar text with a real parser (ical.js) and hands back its calendar and events. The feed's
 * own VTIMEZONEs (and only those) resolve its TZIDs, so a wrong VTIMEZONE gives a wrong instant.
 */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const value = (name: string) => vevent.getFirstPropertyValue(name);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      summary: event.summary,
      description: event.description,
      status: String(value("status")),
      sequence: Number(value("sequence")),
      lastModified: (value("last-modified") as ICAL.Time).toJSDate(),
      zone: String(value("x-followup-timezone")),
      startZone: String(vevent.getFirstProperty("dtstart")?.getParameter("tzid") ?? "UTC"),
    };
  });
  return { calendar, events };
}
