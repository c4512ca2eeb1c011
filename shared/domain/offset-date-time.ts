import { parseAbsolute } from "@internationalized/date";
import { instantOf, type WallClock, wallClockAt } from "./wall-clock.js";

/*
 * ISO 8601 date-times in extended format, read and written with @internationalized/date: a date, a time to
 * the hour, minute, second or fraction, and an offset (`Z`, `+05`, `+0530`, `+05:30`).
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

function offsetOf(text: string): number {
  if (text.toUpperCase() === "Z") return 0;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  // `|| 0`: "-00:00" is no offset, not minus zero.
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0")) || 0;
}

/**
 * An ISO 8601 date-time with an offset (`2026-12-01T14:00:00-05:00`); undefined for anything else,
 * including a day that does not exist, 24:00 and an offset of 24 hours or more.
 */
export function parseOffsetDateTime(iso: string): OffsetDateTime | undefined {
  const m = OFFSET_DATE_TIME.exec(iso);
  if (!m || Number(m[3]) < 1) return undefined;
  const offset = m[8] ?? "Z";
  try {
    // parseAbsolute checks every field's range (the day against its month) and applies the offset.
    const normalised =
      iso.slice(0, iso.length - offset.length) + (offset.toUpperCase() === "Z" ? "Z" : offset);
    const instant = parseAbsolute(normalised, "UTC").toDate();
    return Number.isNaN(instant.getTime())
      ? undefined
      : { instant, offsetMinutes: offsetOf(offset), year: Number(m[1]) };
  } catch {
    return undefined;
  }
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

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

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
