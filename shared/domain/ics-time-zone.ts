import { icsText } from "./ics-text.js";
import { shortZoneName } from "./short-zone-name.js";
import { instantOf, isKnownZone, wallClockAt } from "./wall-clock.js";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** TZIDs we write as they are: IANA names (letters, digits, `_`, `-`, `+`, `/`), nothing to quote. */
const PLAIN_TZID = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** Minutes east of UTC in `zone` at `ms`; undefined for a zone this runtime does not know. */
function offsetAt(zone: string, ms: number): number | undefined {
  return isKnownZone(zone) ? wallClockAt(ms, zone).offsetMinutes : undefined;
}

/** `+0530`, `-0500`: a UTC-OFFSET (RFC 5545 3.3.14). */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

/** `20261124T093000`: the wall-clock reading of `ms` at `offset` minutes east of UTC. */
function wallClock(ms: number, offset: number): string {
  return new Date(ms + offset * MINUTE)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");
}

/**
 * The local DATE-TIME of `at` in `zone` (`20261124T093000`), for `DTSTART;TZID=zone:...`; undefined when
 * the zone cannot be written as a TZID or the wall-clock time is ambiguous there (the hour a DST change
 * repeats), where the caller writes UTC instead.
 */
export function icsLocal(at: Date, zone: string): string | undefined {
  if (!PLAIN_TZID.test(zone)) return undefined;
  const ms = at.getTime();
  const offset = offsetAt(zone, ms);
  if (offset === undefined) return undefined;
  // Ambiguous when an hour either side has another offset that reads the same wall clock.
  for (const other of [offsetAt(zone, ms - 3 * 3_600_000), offsetAt(zone, ms + 3 * 3_600_000)]) {
    if (other === undefined || other === offset) continue;
    const twin = ms + (offset - other) * MINUTE;
    if (offsetAt(zone, twin) === other) return undefined;
  }
  return wallClock(ms, offset);
}

/** The first minute in (from, to] at which the zone's offset is `target`; the two differ at `from`. */
function transitionMinute(zone: string, from: number, to: number, target: number): number {
  let lo = Math.floor(from / MINUTE);
  let hi = Math.ceil(to / MINUTE);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid * MINUTE) === target) hi = mid;
    else lo = mid;
  }
  return hi * MINUTE;
}

/**
 * Whether `ms` falls in the zone's daylight-saving time: its offset is above the offset the same wall-clock
 * time has on January 1 or in May of that year (one of the two is winter, north or south of the equator).
 */
function isDaylightTime(zone: string, ms: number): boolean {
  const w = wallClockAt(ms, zone);
  const time = { hour: w.hour, minute: w.minute, second: w.second };
  const january = instantOf({ year: w.year, month: 1, day: 1, ...time }, zone);
  const may = instantOf({ year: w.year, month: 5, day: w.day, ...time }, zone);
  return (
    w.offsetMinutes > wallClockAt(january, zone).offsetMinutes ||
    w.offsetMinutes > wallClockAt(may, zone).offsetMinutes
  );
}

function observance(zone: string, onset: number, from: number, to: number): string[] {
  const kind = isDaylightTime(zone, onset) ? "DAYLIGHT" : "STANDARD";
  const name = shortZoneName(zone, onset);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallClock(onset, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    ...(name ? [`TZNAME:${icsText(name)}`] : []),
    `END:${kind}`,
  ];
}

/** Days a VTIMEZONE may reach back for standard time: one of January and May always keeps it. */
const MAX_DAYS_BACK = 400;

/**
 * The last instant at or before `ms`, a whole number of days earlier, when the zone keeps standard time;
 * `ms` itself when it does, or when none is found within MAX_DAYS_BACK.
 */
function standardTimeAtOrBefore(zone: string, ms: number): number {
  if (!isDaylightTime(zone, ms)) return ms;
  const summer = offsetAt(zone, ms);
  for (let days = 1, t = ms - DAY; days <= MAX_DAYS_BACK; days++, t -= DAY) {
    // Only a day with another offset can be standard time: one Intl read per day, not three.
    if (offsetAt(zone, t) !== summer && !isDaylightTime(zone, t)) return t;
  }
  return ms;
}

/**
 * A VTIMEZONE for `zone` that is exact from `from` to `to`: one observance for the offset in force at
 * `from` (or, when that is summer time, at the last standard time before it, so that the component holds
 * a STANDARD observance, as Outlook requires: [MS-OXCICAL] 2.1.3.1.1.19.2), then one per offset change up
 * to `to`, each a single onset (no RRULE to get wrong), taken from the runtime's time zone data like every
 * time the planner computes. Undefined for a zone that `icsLocal` would not write either.
 */
export function vtimezoneLines(zone: string, from: Date, to: Date): string[] | undefined {
  if (!PLAIN_TZID.test(zone)) return undefined;
  if (offsetAt(zone, from.getTime()) === undefined) return undefined;
  const start = standardTimeAtOrBefore(zone, from.getTime());
  const end = Math.max(to.getTime(), start);
  const first = offsetAt(zone, start);
  if (first === undefined) return undefined;
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`, ...observance(zone, start, first, first)];
  let offset = first;
  for (let t = start; t < end; t += DAY) {
    const next = offsetAt(zone, Math.min(t + DAY, end));
    if (next === undefined || next === offset) continue;
    const onset = transitionMinute(zone, t, Math.min(t + DAY, end), next);
    lines.push(...observance(zone, onset, offset, next));
    offset = next;
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
