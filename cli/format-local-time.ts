import { isoOffset, parseOffsetDateTime } from "../shared/domain/offset-date-time.js";

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(timeZone, f);
  }
  return f;
}

/**
 * An instant as a person in `timeZone` reads it: `Wed 2026-12-02 09:00`. An unknown zone or an unreadable
 * instant is shown as given rather than failing the whole view.
 */
export function formatLocalTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatIn(timeZone).formatToParts(date);
  } catch {
    return iso;
  }
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? "";
  return `${p("weekday")} ${p("year")}-${p("month")}-${p("day")} ${p("hour")}:${p("minute")}`;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * An ISO 8601 date-time with an offset as its wall clock reads, for when its zone is not known (a reminder
 * link's answer names none): `Tue 2027-03-02 09:30 (UTC-05:00)`, the same form as formatLocalTime plus the
 * offset. Anything else is shown as given.
 */
export function formatWrittenTime(iso: string): string {
  const at = parseOffsetDateTime(iso);
  if (!at) return iso;
  const wall = new Date(at.instant.getTime() + at.offsetMinutes * 60_000);
  const text = wall.toISOString();
  return `${WEEKDAYS[wall.getUTCDay()]} ${text.slice(0, 10)} ${text.slice(11, 16)} (UTC${isoOffset(at.offsetMinutes)})`;
}
