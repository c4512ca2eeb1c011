import { isoOffset, localIso, parseOffsetDateTime } from "../shared/domain/offset-date-time.js";
import { type WallClock, wallClockAt } from "../shared/domain/wall-clock.js";

/** ISO weekdays, Monday first, as a person reads them in a terminal. */
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** `Wed 2026-12-02 09:00`: a wall clock to the minute, with its weekday. */
function wallText(w: WallClock): string {
  const iso = localIso(w);
  return `${WEEKDAYS[w.weekday - 1]} ${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * An instant as a person in `timeZone` reads it: `Wed 2026-12-02 09:00`, read by the planner's own wall
 * clock. An unknown zone or an unreadable instant is shown as given rather than failing the whole view.
 */
export function formatLocalTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return wallText(wallClockAt(date, timeZone));
  } catch {
    return iso;
  }
}

/**
 * An ISO 8601 date-time with an offset as its wall clock reads, for when its zone is not known (a reminder
 * link's answer names none): `Tue 2027-03-02 09:30 (UTC-05:00)`, the same form as formatLocalTime plus the
 * offset. Anything else is shown as given.
 */
export function formatWrittenTime(iso: string): string {
  const at = parseOffsetDateTime(iso);
  if (!at) return iso;
  try {
    // The clock at that offset is the instant moved by it, read at UTC.
    const wall = wallClockAt(at.instant.getTime() + at.offsetMinutes * 60_000, "UTC");
    return `${wallText(wall)} (UTC${isoOffset(at.offsetMinutes)})`;
  } catch {
    return iso;
  }
}
