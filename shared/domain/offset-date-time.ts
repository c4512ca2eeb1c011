import { padDigits as pad } from "./pad-digits.js";
import { exactUtcMsOf, instantOf, type WallClock, wallClockAt } from "./wall-clock.js";

/*
 * ISO 8601 date-times in extended format: a date, a time to the hour, minute, second or fraction, and an
 * offset (`Z`, `+05`, `+0530`, `+05:30`). Read by the pattern below and the platform's proleptic Gregorian
 * calendar, which checks every field; zones through wall-clock.ts.
 */

const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?)?$/;

export interface OffsetDateTime {
  instant: Date;
  /** The offset written, in minutes east of UTC (0 for `Z`). */
  offsetMinutes: number;
  /** The year as written (at the written offset). */
  year: number;
}

const MINUTE_MS = 60_000;

/** Minutes east of UTC of a written offset (all of them west for `-03:30`), or undefined past 23:59. */
function offsetOf(text: string): number | undefined {
  if (text.toUpperCase() === "Z") return 0;
  const digits = text.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || "0");
  if (hours > 23 || minutes > 59) return undefined;
  // `|| 0`: "-00:00" is no offset, not minus zero.
  return (text.startsWith("-") ? -1 : 1) * (hours * 60 + minutes) || 0;
}

/**
 * An ISO 8601 date-time with an offset (`2026-12-01T14:00:00-05:00`); undefined for anything else,
 * including a day that does not exist, 24:00 and an offset of 24 hours or more. A fraction is cut to the
 * millisecond.
 */
export function parseOffsetDateTime(iso: string): OffsetDateTime | undefined {
  const m = OFFSET_DATE_TIME.exec(iso);
  if (!m) return undefined;
  const offsetMinutes = offsetOf(m[8] ?? "Z");
  if (offsetMinutes === undefined) return undefined;
  const field = (i: number) => Number(m[i] ?? 0);
  const year = field(1);
  // The fields as a UTC wall clock, the fraction cut to the millisecond.
  const local = exactUtcMsOf({
    year,
    month: field(2),
    day: field(3),
    hour: field(4),
    minute: field(5),
    second: field(6),
    millisecond: Number((m[7] ?? "").padEnd(3, "0").slice(0, 3)),
  });
  if (local === undefined) return undefined;
  return { instant: new Date(local - offsetMinutes * MINUTE_MS), offsetMinutes, year };
}

/**
 * The instant an ISO 8601 date-time names: with an offset, that instant; without one (`2026-12-01T14:00`,
 * `2026-12-01`), the wall-clock time in `zone` (see instantOf for DST gaps and repeats). Undefined for
 * anything else or an unknown zone.
 */
export function readInstant(iso: string, zone: string): Date | undefined {
  const withOffset = parseOffsetDateTime(iso);
  if (withOffset) return withOffset.instant;
  const m = LOCAL_DATE_TIME.exec(iso);
  if (!m) return undefined;
  const fraction = (m[7] ?? "").padEnd(3, "0").slice(0, 3);
  try {
    return instantOf(
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: Number(m[4] ?? 0),
        minute: Number(m[5] ?? 0),
        second: Number(m[6] ?? 0),
        millisecond: Number(fraction),
      },
      zone,
    );
  } catch {
    return undefined;
  }
}

/** `2026-12-01T14:00:00`: the wall clock without its offset (milliseconds only when not zero). */
export function localIso(w: WallClock): string {
  const ms = w.millisecond ? `.${pad(w.millisecond, 3)}` : "";
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${ms}`;
}

/** `+05:30`, `-05:00`. */
export function isoOffset(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(Math.floor(abs % 60))}`;
}

/**
 * An instant as ISO 8601 in `zone`, seconds shown, milliseconds only when not zero, with the zone's offset
 * (`2026-12-02T09:30:00-05:00`); `Z` for the zone named `UTC` or `GMT` itself, `+00:00` for London or
 * `Etc/UTC`. Throws on an unknown zone.
 */
export function toOffsetIso(instant: Date, zone: string): string {
  const w = wallClockAt(instant, zone);
  return `${localIso(w)}${/^(utc|gmt)$/i.test(zone) ? "Z" : isoOffset(w.offsetMinutes)}`;
}
