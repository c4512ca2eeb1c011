import { addCalendarDays, calendarFields } from "../../shared/domain/calendar-day.js";
import { instantOf, isKnownZone } from "../../shared/domain/wall-clock.js";

/**
 * A parsed ScheduleExpression. Only `at` and `rate` fire in the emulator; `cron` is validated loosely and
 * stored so that code creating cron schedules works locally, but it never fires (the project only uses
 * one-shot `at()` steps and a `rate()` reconciler).
 */
export type ScheduleExpression =
  | { kind: "at"; localDateTime: string }
  | { kind: "rate"; everyMs: number }
  | { kind: "cron"; fields: string[] };

export type ParseResult = { ok: true; value: ScheduleExpression } | { ok: false; message: string };

const AT = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;
const RATE = /^rate\(([1-9]\d{0,8}) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\(([^()]+)\)$/;
const CRON_FIELD = /^[0-9A-Za-z*?,/#-]+$/;
const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

export function parseScheduleExpression(expression: string): ParseResult {
  const invalid = (): ParseResult => ({ ok: false, message: `Invalid Schedule Expression ${expression}.` });

  const at = AT.exec(expression);
  if (at) {
    const [, y, mo, d, h, mi, s] = at.map(Number) as [number, ...number[]];
    // Calendar check without a zone: 2026-02-30 or 25:00:00 are rejected whatever the zone. Plain Date
    // arithmetic: this runs on every create and every fire (profiled under bench:load).
    if (!isCalendarTime(y, mo, d, h, mi, s)) return invalid();
    return { ok: true, value: { kind: "at", localDateTime: expression.slice(3, -1) } };
  }

  const rate = RATE.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2] ?? "";
    // Same agreement rule as EventBridge rate expressions: rate(1 minute), rate(5 minutes).
    const plural = unit.endsWith("s");
    if ((value === 1) === plural) return invalid();
    const unitMs = UNIT_MS[plural ? unit.slice(0, -1) : unit];
    if (unitMs === undefined) return invalid();
    return { ok: true, value: { kind: "rate", everyMs: value * unitMs } };
  }

  const cron = CRON.exec(expression);
  if (cron) {
    const fields = (cron[1] ?? "").trim().split(/\s+/);
    if (fields.length !== 6 || !fields.every((f) => CRON_FIELD.test(f))) return invalid();
    return { ok: true, value: { kind: "cron", fields } };
  }

  return invalid();
}

/** Whether the fields name a real time of the proleptic Gregorian calendar (seconds 0-59, no leap second, 24:00:00). */
function isCalendarTime(...fields: Array<number | undefined>): boolean {
  const [y, mo, d, h, mi, s] = fields.map((f) => f ?? Number.NaN) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // 24:00:00 is the end of the day, as luxon (and ISO 8601) read it.
  if ((h > 23 && !(h === 24 && mi === 0 && s === 0)) || mi > 59 || s > 59) return false;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Whether the runtime knows the zone (checks are cached by isKnownZone). */
export function isValidTimeZone(zone: string): boolean {
  return isKnownZone(zone);
}

/**
 * The instant of an `at()` wall-clock time in `zone`. A time that does not exist (skipped by a DST
 * spring-forward) moves forward by the gap; an ambiguous one (repeated by a fall-back) resolves to the
 * first occurrence (RFC 5545's rule, see instantOf), stated here because AWS documents neither for at().
 * 24:00:00 is the next day's midnight.
 */
export function atInstant(localDateTime: string, zone: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(localDateTime);
  try {
    if (!m || !isKnownZone(zone)) throw new Error("not a local date-time in a known zone");
    const [day, hour, minute, second] = [m[1] ?? "", Number(m[2]), Number(m[3]), Number(m[4])];
    const endOfDay = hour === 24 && minute === 0 && second === 0;
    const date = calendarFields(endOfDay ? addCalendarDays(day, 1) : day);
    return instantOf({ ...date, hour: endOfDay ? 0 : hour, minute, second }, zone);
  } catch {
    throw new Error(`invalid at() time ${localDateTime} in ${zone}`);
  }
}

/**
 * The first rate occurrence strictly after `after`. Occurrences are `anchor + k * everyMs`, with k >= 0
 * when the anchor is an explicit StartDate ("on or after StartDate") and k >= 1 when it is the creation
 * time (a rate schedule first runs one interval after it is created). Undefined once past `end`.
 */
export function nextRateOccurrence(
  anchor: Date,
  everyMs: number,
  includeAnchor: boolean,
  after: Date,
  end?: Date,
): Date | undefined {
  const first = includeAnchor ? 0 : 1;
  const elapsed = after.getTime() - anchor.getTime();
  const k = Math.max(first, Math.floor(elapsed / everyMs) + 1);
  const next = new Date(anchor.getTime() + k * everyMs);
  if (end && next.getTime() > end.getTime()) return undefined;
  return next;
}
