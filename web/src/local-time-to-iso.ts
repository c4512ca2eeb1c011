import { isoOffset, localIso, readInstant } from "../../shared/domain/offset-date-time";
import { wallClockAt } from "../../shared/domain/wall-clock";

/**
 * A `datetime-local` value (`2026-12-01T14:00`) read as a wall-clock time in `timeZone`, as ISO 8601 with
 * that zone's offset (`2026-12-01T14:00:00-05:00`), the form the API takes. Read by the planner's own
 * reading of a local time: a time a DST change skips moves forward by the gap (02:30 -> 03:30), a time it
 * repeats is its first occurrence. Undefined for anything else (an empty field, an unknown zone).
 */
export function localTimeToIso(local: string, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const instant = readInstant(local, timeZone);
  if (!instant) return undefined;
  const wall = wallClockAt(instant, timeZone);
  return `${localIso(wall)}${isoOffset(wall.offsetMinutes)}`;
}
