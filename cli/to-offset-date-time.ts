import { DateTime } from "luxon";
import { usageError } from "./cli-error.js";

/**
 * `--at` as the API wants it (ISO 8601 with an offset): `2026-12-01T14:00-05:00` as given, or a local
 * `2026-12-01 14:00` read in `timeZone` (so the user need not work out the offset, summer time included).
 */
export function toOffsetDateTime(raw: string, timeZone: string, flag: string): string {
  if (!DateTime.local().setZone(timeZone).isValid)
    throw usageError(`the time zone "${timeZone}" is not an IANA zone such as America/New_York`);
  const text = raw.trim().replace(" ", "T");
  const at = DateTime.fromISO(text, { zone: timeZone, setZone: /([zZ]|[+-]\d{2}(:?\d{2})?)$/.test(text) });
  if (!at.isValid)
    throw usageError(`${flag} must be a date and time such as "2026-12-01 14:00" or 2026-12-01T14:00-05:00`);
  return at.toISO({ suppressMilliseconds: true }) ?? text;
}
