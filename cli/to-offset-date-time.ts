import {
  isoOffset,
  localIso,
  parseOffsetDateTime,
  readInstant,
  toOffsetIso,
} from "../shared/domain/offset-date-time.js";
import { isKnownZone, wallClockAt } from "../shared/domain/wall-clock.js";
import { usageError } from "./cli-error.js";

/**
 * `--at` as the API wants it (ISO 8601 with an offset): `2026-12-01T14:00-05:00` as given, or a local
 * `2026-12-01 14:00` read in `timeZone` (so the user need not work out the offset, summer time included).
 */
export function toOffsetDateTime(raw: string, timeZone: string, flag: string): string {
  if (!isKnownZone(timeZone))
    throw usageError(`the time zone "${timeZone}" is not an IANA zone such as America/New_York`);
  const text = raw.trim().replace(" ", "T");
  const given = parseOffsetDateTime(text);
  if (given) {
    // Kept at the offset written (a zero offset written `Z`, as before).
    const wall = wallClockAt(given.instant.getTime() + given.offsetMinutes * 60_000, "UTC");
    return `${localIso(wall)}${given.offsetMinutes === 0 ? "Z" : isoOffset(given.offsetMinutes)}`;
  }
  const at = readInstant(text, timeZone);
  if (!at)
    throw usageError(`${flag} must be a date and time such as "2026-12-01 14:00" or 2026-12-01T14:00-05:00`);
  return toOffsetIso(at, timeZone);
}
