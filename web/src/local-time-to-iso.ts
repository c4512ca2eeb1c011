const pad = (n: number) => String(n).padStart(2, "0");

/** Minutes `timeZone` is ahead of UTC at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * A `datetime-local` value (`2026-12-01T14:00`) read as a wall-clock time in `timeZone`, as ISO 8601 with
 * that zone's offset (`2026-12-01T14:00:00-05:00`), the form the API takes. Undefined for anything else
 * (an empty field, an unknown zone).
 */
export function localTimeToIso(local: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  try {
    // The offset at the guessed instant, then again at the corrected one (right across a DST change).
    let offset = offsetMinutes(asUtc, timeZone);
    offset = offsetMinutes(asUtc - offset * 60_000, timeZone);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  } catch {
    return undefined;
  }
}
