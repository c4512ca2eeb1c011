import type { IsoWeekday } from "./planner-settings.js";
import { tabledPeriodAt, tabledZoneName } from "./zone-source.js";

/**
 * What a clock on the wall shows at some instant in some zone, read from the zone rules of the runtime's
 * ICU: the calendar fields, the ISO weekday (1 = Monday ... 7 = Sunday) and the zone's offset east of UTC in
 * minutes. The zone tables (zone-source.ts), read from that ICU at build time, answer within their years
 * and for the names they know, so that a Lambda does not pay ~15-20 ms for ICU's first DateTimeFormat;
 * Intl answers the rest.
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: IsoWeekday;
  offsetMinutes: number;
}

/** Calendar fields to place in a zone; the time of day defaults to midnight. */
export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/**
 * The runtime's own name for each zone asked about, or null when it knows none: each answer builds an
 * Intl.DateTimeFormat (~0.2 ms), and a registration asks about its zone several times (the schema's check,
 * its canonical spelling, the planner). Bounded, as the names come from requests.
 */
const zoneNames = new Map<string, string | null>();

function intlZoneName(zone: string): string | null {
  try {
    return zone === ""
      ? null
      : new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The runtime's spelling of a zone it knows (IANA names, their aliases, `UTC`; any case), else undefined. */
export function runtimeZoneName(zone: string): string | undefined {
  let name = zoneNames.get(zone);
  if (name === undefined) {
    name = tabledZoneName(zone) ?? intlZoneName(zone);
    remember(zoneNames, zone, name);
  }
  return name ?? undefined;
}

/** Whether the runtime knows this time zone name (IANA names, their aliases, `UTC`; any case). */
export function isKnownZone(zone: string): boolean {
  return runtimeZoneName(zone) !== undefined;
}

/**
 * Conversions already made, by zone and instant (or fields): each costs one to three Intl formatToParts
 * calls, and a plan asks for the same ones again (22 wall clocks and 10 instants in a five-step plan, 9 and
 * 8 of them distinct): the conversions and zone names were half the CPU of a registration's validation and
 * plan. Each memo is bounded, emptied when full.
 */
const clocks = new Map<string, Readonly<WallClock>>();
const instants = new Map<string, number>();
const MAX_REMEMBERED = 4096;

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, value);
  return value;
}

function assertKnownZone(zone: string): void {
  if (!isKnownZone(zone)) throw new Error(`Unknown IANA time zone "${zone}"`);
}

/**
 * The instant these fields name read as UTC, on the proleptic Gregorian calendar (`setUTCFullYear`, as
 * `Date.UTC` reads years 0-99 as 1900-1999); a field out of its range rolls over into the next.
 */
export function utcMsOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0) {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/**
 * utcMsOf, or undefined when the fields name no date or time (February 30, day 0, 24:00, minute 60): such
 * a field rolls over into another, so the instant does not read back as the fields.
 */
export function exactUtcMsOf(fields: LocalFields): number | undefined {
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = fields;
  const ms = utcMsOf(year, month, day, hour, minute, second, millisecond);
  const read = new Date(ms);
  const exact =
    read.getUTCFullYear() === year &&
    read.getUTCMonth() === month - 1 &&
    read.getUTCDate() === day &&
    read.getUTCHours() === hour &&
    read.getUTCMinutes() === minute &&
    read.getUTCSeconds() === second &&
    read.getUTCMilliseconds() === millisecond;
  return exact ? ms : undefined;
}

/** ISO weekday of a proleptic Gregorian date. */
export function isoWeekdayOf(year: number, month: number, day: number): IsoWeekday {
  return (((new Date(utcMsOf(year, month, day)).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/**
 * One formatter per zone (by the runtime's name for it, so that any spelling shares one): building an
 * Intl.DateTimeFormat costs far more than formatting with it. The runtime knows a bounded set of zones.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The en-US fields a wall clock is read from (the zone tables' generator reads them the same way). */
export const WALL_CLOCK_FIELDS: Readonly<Intl.DateTimeFormatOptions> = {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
};

function formatFor(zone: string): Intl.DateTimeFormat {
  const name = runtimeZoneName(zone) ?? zone;
  let format = formats.get(name);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { ...WALL_CLOCK_FIELDS, timeZone: name });
    formats.set(name, format);
  }
  return format;
}

/** The wall clock's fields (to the second) read from the zone's table, or undefined outside its years. */
function tabledFields(ms: number, zone: string): Record<string, number> | undefined {
  const offset = tabledPeriodAt(zone, ms)?.offset;
  if (offset === undefined) return undefined;
  const shown = new Date(ms + offset * 1000);
  return {
    year: shown.getUTCFullYear(),
    month: shown.getUTCMonth() + 1,
    day: shown.getUTCDate(),
    hour: shown.getUTCHours(),
    minute: shown.getUTCMinutes(),
    second: shown.getUTCSeconds(),
  };
}

/** The wall clock's fields (to the second) as the runtime's Intl formats them. */
function intlFields(ms: number, zone: string): Record<string, number> {
  const f: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(ms)) {
    if (part.type !== "literal") f[part.type] = Number(part.value);
  }
  return f;
}

/** The zone's offset east of UTC at an instant, in milliseconds (to the second, as old local times had). */
function offsetMsAt(ms: number, zone: string): number {
  return wallClockAt(ms, zone).offsetMinutes * MINUTE_MS;
}

/**
 * Instants this module reads: years 0001-9999 with a day's margin for any offset. Outside them the
 * fields would be wrong (Intl drops the era of a year BC and a five-digit year misreads), and past
 * 8.64e15 ms (or NaN) there is no Date at all; callers validate dates first, so this is a bug guard.
 */
const FIRST_INSTANT_MS = -62_135_510_400_000; // 0001-01-02T00:00:00Z (a test holds it to Date.parse)
const LAST_INSTANT_MS = 253_402_128_000_000; // 9999-12-30T00:00:00Z

/** The wall clock of an instant in a zone; throws on a zone the runtime does not know. */
export function wallClockAt(instant: Date | number, zone: string): Readonly<WallClock> {
  assertKnownZone(zone);
  const ms = typeof instant === "number" ? instant : instant.getTime();
  if (!(ms >= FIRST_INSTANT_MS && ms <= LAST_INSTANT_MS)) {
    throw new RangeError(`Instant outside years 0001-9999: ${ms}`);
  }
  const key = `${zone} ${ms}`;
  const known = clocks.get(key);
  if (known) return known;
  const f = tabledFields(ms, zone) ?? intlFields(ms, zone);
  const [year, month, day] = [f.year ?? 0, f.month ?? 0, f.day ?? 0];
  const [hour, minute, second] = [f.hour ?? 0, f.minute ?? 0, f.second ?? 0];
  const millisecond = ((ms % 1000) + 1000) % 1000;
  return remember(
    clocks,
    key,
    Object.freeze({
      year,
      month,
      day,
      hour,
      minute,
      second,
      millisecond,
      weekday: isoWeekdayOf(year, month, day),
      offsetMinutes: (utcMsOf(year, month, day, hour, minute, second, millisecond) - ms) / MINUTE_MS,
    }),
  );
}

/**
 * The instant a wall clock in `zone` shows these fields. A time a DST change skips (02:30 on a
 * spring-forward night) moves forward by the gap (03:30); a time a DST change repeats (01:30 on a
 * fall-back night) is its first occurrence, before the change. Both are RFC 5545's reading of a local
 * time (3.3.5) and Temporal's `compatible` disambiguation. Throws on fields that name no date or time
 * (February 30, 25:00) and on an unknown zone.
 */
export function instantOf(fields: LocalFields, zone: string): Date {
  assertKnownZone(zone);
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = fields;
  // Only fields that named a real local time are remembered.
  const key = `${zone} ${year} ${month} ${day} ${hour} ${minute} ${second} ${millisecond}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  // A caller's impossible date is a bug.
  const local = exactUtcMsOf(fields);
  if (local === undefined) throw new Error(`No such local time: ${JSON.stringify(fields)}`);
  // The offsets a day either side: the instants they give that keep their own offset show these fields (two
  // in a repeated hour: the first is taken); none in a skipped hour, which the offset before it moves on.
  const before = offsetMsAt(local - DAY_MS, zone);
  const after = offsetMsAt(local + DAY_MS, zone);
  const shown = [local - before, local - after].filter((t) => offsetMsAt(t, zone) === local - t);
  return new Date(remember(instants, key, shown.length > 0 ? Math.min(...shown) : local - before));
}
