/**
 * The part of luxon's DateTime this service uses, on the runtime's Intl time zone data, in 8 KB instead of
 * luxon's 71 KB (which no restructuring of imports can avoid: every route that plans needs zoned times).
 * The algorithms are luxon 3's (its offset guess and fixOffset for DST gaps and overlaps, adjustTime for
 * calendar arithmetic, its ISO grammar for calendar dates, its single-unit diff), so the answers are the
 * same; test/unit/shared/domain/date-time.test.ts checks them against luxon on random instants, zones and
 * local times around DST changes. Names of months and weekdays are English, as luxon writes them for the
 * "en" and "en-US" locales. Not carried over: week and ordinal dates, `[Zone]` suffixes and time-only ISO
 * strings (invalid here), other locales, zone abbreviations (ics-time-zone.ts asks Intl itself), and units
 * and format tokens other than those below.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Zone {
  readonly name: string;
  readonly isValid: boolean;
  readonly isOffsetFixed: boolean;
  /** Minutes east of UTC at `ts`. */
  offset(ts: number): number;
}

const dtfs = new Map<string, Intl.DateTimeFormat>();

function dtfOf(zone: string): Intl.DateTimeFormat {
  let dtf = dtfs.get(zone);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat("en-US", {
      hour12: false,
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short",
    });
    dtfs.set(zone, dtf);
  }
  return dtf;
}

class IanaZone implements Zone {
  readonly isOffsetFixed = false;
  readonly isValid: boolean;
  constructor(readonly name: string) {
    this.isValid = IanaZone.isValidZone(name);
  }

  static isValidZone(name: string): boolean {
    if (!name) return false;
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name }).format();
      return true;
    } catch {
      return false;
    }
  }

  offset(ts: number): number {
    if (!this.isValid) return Number.NaN;
    const date = new Date(ts);
    if (Number.isNaN(date.getTime())) return Number.NaN;
    const f: Record<string, number> = {};
    let bc = false;
    for (const { type, value } of dtfOf(this.name).formatToParts(date)) {
      if (type === "era") bc = value === "BC";
      else if (type !== "literal") f[type] = Number.parseInt(value, 10);
    }
    const year = bc ? -Math.abs(f.year ?? 0) + 1 : (f.year ?? 0);
    const hour = f.hour === 24 ? 0 : (f.hour ?? 0);
    const asUTC = objToLocalTS({
      year,
      month: f.month ?? 1,
      day: f.day ?? 1,
      hour,
      minute: f.minute ?? 0,
      second: f.second ?? 0,
      millisecond: 0,
    });
    let asTS = date.getTime();
    const over = asTS % 1000;
    asTS -= over >= 0 ? over : 1000 + over;
    return (asUTC - asTS) / MINUTE;
  }
}

class FixedZone implements Zone {
  readonly isOffsetFixed = true;
  readonly isValid = true;
  constructor(private readonly fixed: number) {}
  get name(): string {
    return this.fixed === 0 ? "UTC" : `UTC${formatOffset(this.fixed, "narrow")}`;
  }
  offset(): number {
    return this.fixed;
  }
}

const UTC_ZONE = new FixedZone(0);

/** As luxon's FixedOffsetZone.instance: any zero offset (-00:00 too) is UTC itself. */
const fixedZone = (offset: number): FixedZone => (offset === 0 ? UTC_ZONE : new FixedZone(offset));

function formatOffset(offset: number, format: "narrow"): string {
  const hours = Math.trunc(Math.abs(offset / 60));
  const minutes = Math.trunc(Math.abs(offset % 60));
  const sign = offset >= 0 ? "+" : "-";
  return format === "narrow" && minutes === 0 ? `${sign}${hours}` : `${sign}${hours}:${pad(minutes)}`;
}

function signedOffset(hourText: string | undefined, minuteText: string | undefined): number {
  let hours = Number.parseInt(hourText ?? "", 10);
  if (Number.isNaN(hours)) hours = 0;
  const minutes = Number.parseInt(minuteText ?? "", 10) || 0;
  return hours * 60 + (hours < 0 || Object.is(hours, -0) ? -minutes : minutes);
}

const ianaZones = new Map<string, IanaZone>();

/** The runtime's own zone, as luxon's SystemZone: its offset from Date, never a fixed one. */
class SystemZone extends IanaZone {
  override offset(ts: number): number {
    return -new Date(ts).getTimezoneOffset();
  }
}

let system: SystemZone | undefined;

function systemZone(): Zone {
  system ??= new SystemZone(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  return system;
}

/** luxon's normalizeZone for the inputs we pass: a zone name (IANA, `UTC`, `UTC+5`, `system`) or a Zone. */
function zoneOf(input: string | Zone | undefined): Zone {
  if (input === undefined) return systemZone();
  if (typeof input !== "string") return input;
  const lowered = input.toLowerCase();
  if (lowered === "default" || lowered === "local" || lowered === "system") return systemZone();
  if (lowered === "utc" || lowered === "gmt") return UTC_ZONE;
  const fixed = /^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i.exec(lowered);
  if (fixed) return fixedZone(signedOffset(fixed[1], fixed[2]));
  let zone = ianaZones.get(input);
  if (!zone) {
    zone = new IanaZone(input);
    ianaZones.set(input, zone);
  }
  return zone;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function objToLocalTS(o: Fields): number {
  let d = Date.UTC(o.year, o.month - 1, o.day, o.hour, o.minute, o.second, o.millisecond);
  if (o.year < 100 && o.year >= 0) {
    const date = new Date(d);
    date.setUTCFullYear(o.year, o.month - 1, o.day);
    d = date.getTime();
  }
  return d;
}

function tsToObj(ts: number, offset: number): Fields {
  const d = new Date(ts + offset * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** luxon's fixOffset: the instant of a local time, from a guessed offset; a time in a DST gap moves forward. */
function fixOffset(localTS: number, o: number, zone: Zone): [number, number] {
  let utcGuess = localTS - o * MINUTE;
  const o2 = zone.offset(utcGuess);
  if (o === o2) return [utcGuess, o];
  utcGuess -= (o2 - o) * MINUTE;
  const o3 = zone.offset(utcGuess);
  if (o2 === o3) return [utcGuess, o2];
  return [localTS - Math.min(o2, o3) * MINUTE, Math.max(o2, o3)];
}

const floorMod = (x: number, n: number) => x - n * Math.floor(x / n);
const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function daysInMonth(year: number, month: number): number {
  const m = floorMod(month - 1, 12) + 1;
  const y = year + (month - m) / 12;
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
}

function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 100 && year >= 0) d.setUTCFullYear(d.getUTCFullYear() - 1900);
  const js = d.getUTCDay();
  return js === 0 ? 7 : js;
}

const between = (x: number, lo: number, hi: number) => Number.isInteger(x) && x >= lo && x <= hi;

function isInvalid(f: Fields): boolean {
  if (
    !Number.isInteger(f.year) ||
    !between(f.month, 1, 12) ||
    !between(f.day, 1, daysInMonth(f.year, f.month))
  )
    return true;
  const validHour =
    between(f.hour, 0, 23) || (f.hour === 24 && f.minute === 0 && f.second === 0 && f.millisecond === 0);
  return (
    !validHour || !between(f.minute, 0, 59) || !between(f.second, 0, 59) || !between(f.millisecond, 0, 999)
  );
}

const UNITS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
const DEFAULTS: Fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };

export interface DurationLike {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

interface ZoneOptions {
  zone?: string | Zone;
}

// The ISO 8601 calendar-date forms luxon's fromISO reads, with its time and offset extensions.
const ISO_RE =
  /^([+-]\d{6}|\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?(?:[Tt](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d{1,30}))?)?)?(?:([Zz])|([+-]\d\d)(?::?(\d\d))?)?)?$/;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function pad(n: number, width = 2): string {
  const text = String(Math.abs(Math.trunc(n))).padStart(width, "0");
  return n < 0 ? `-${text}` : text;
}

/** A moment in a zone, immutable, as luxon's DateTime. An invalid one answers NaN, null or "Invalid DateTime". */
export class DateTime {
  private readonly c: Fields | undefined;
  private readonly o: number;

  private constructor(
    private readonly ts: number,
    readonly zone: Zone,
    o?: number,
  ) {
    const valid = !Number.isNaN(ts) && zone.isValid;
    const offset = valid ? (o ?? zone.offset(ts)) : Number.NaN;
    const c = valid ? tsToObj(ts, offset) : undefined;
    this.c = c && !Number.isNaN(c.year) ? c : undefined;
    this.o = this.c ? offset : Number.NaN;
  }

  private static invalid(zone: Zone = UTC_ZONE): DateTime {
    return new DateTime(Number.NaN, zone);
  }

  static now(): DateTime {
    return new DateTime(Date.now(), systemZone());
  }

  static fromMillis(ms: number, options: ZoneOptions = {}): DateTime {
    if (typeof ms !== "number")
      throw new TypeError(`fromMillis requires a numerical input, got ${typeof ms}`);
    if (ms < -8.64e15 || ms > 8.64e15) return DateTime.invalid();
    return new DateTime(ms, zoneOf(options.zone));
  }

  static fromJSDate(date: Date, options: ZoneOptions = {}): DateTime {
    const ts = date instanceof Date ? date.valueOf() : Number.NaN;
    return new DateTime(ts, zoneOf(options.zone));
  }

  static fromObject(values: Partial<Fields>, options: ZoneOptions = {}): DateTime {
    return DateTime.fromFields(values, zoneOf(options.zone));
  }

  private static fromFields(values: Partial<Fields>, zone: Zone): DateTime {
    if (!zone.isValid) return DateTime.invalid(zone);
    const tsNow = Date.now();
    const guess = zone.offset(tsNow);
    const now = tsToObj(tsNow, guess);
    const f = { ...DEFAULTS };
    let foundFirst = false;
    for (const u of UNITS) {
      const v = values[u];
      if (v !== undefined) {
        foundFirst = true;
        f[u] = v;
      } else f[u] = foundFirst ? DEFAULTS[u] : now[u];
    }
    if (isInvalid(f)) return DateTime.invalid(zone);
    const [ts, o] = fixOffset(objToLocalTS(f), guess, zone);
    return new DateTime(ts, zone, o);
  }

  /**
   * An ISO 8601 calendar date, with time and offset or not. With `setZone`, the DateTime is in the
   * string's own offset; else the string's offset (or, without one, `zone`) reads it, and it is shown in
   * `zone` (default: the system's).
   */
  static fromISO(text: string, options: ZoneOptions & { setZone?: boolean } = {}): DateTime {
    const m = ISO_RE.exec(text);
    const zone = zoneOf(options.zone);
    if (!m) return DateTime.invalid(zone);
    const int = (s: string | undefined, fallback: number) =>
      s === undefined ? fallback : Number.parseInt(s, 10);
    const values: Partial<Fields> = { year: int(m[1], 0), month: int(m[2], 1), day: int(m[3], 1) };
    if (m[4] !== undefined) {
      values.hour = int(m[4], 0);
      values.minute = int(m[5], 0);
      values.second = int(m[6], 0);
      values.millisecond = m[7] === undefined ? 0 : Math.floor(Number.parseFloat(`0.${m[7]}`) * 1000);
    }
    const parsedZone = m[8] || m[9] ? fixedZone(signedOffset(m[9], m[10])) : undefined;
    const read = DateTime.fromFields(values, parsedZone ?? zone);
    return options.setZone ? read : read.setZone(zone);
  }

  get isValid(): boolean {
    return this.c !== undefined;
  }
  get year(): number {
    return this.c?.year ?? Number.NaN;
  }
  get month(): number {
    return this.c?.month ?? Number.NaN;
  }
  get day(): number {
    return this.c?.day ?? Number.NaN;
  }
  get hour(): number {
    return this.c?.hour ?? Number.NaN;
  }
  get minute(): number {
    return this.c?.minute ?? Number.NaN;
  }
  get second(): number {
    return this.c?.second ?? Number.NaN;
  }
  get millisecond(): number {
    return this.c?.millisecond ?? Number.NaN;
  }
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  get weekday(): number {
    return this.c ? isoWeekday(this.c.year, this.c.month, this.c.day) : Number.NaN;
  }
  /** Minutes east of UTC. */
  get offset(): number {
    return this.o;
  }
  setZone(zone: string | Zone): DateTime {
    const z = zoneOf(zone);
    if (z === this.zone) return this;
    if (!z.isValid || !this.c) return DateTime.invalid(z);
    return new DateTime(this.ts, z);
  }

  /** Names are always English: the locale is accepted for luxon's signature. */
  setLocale(_locale: string): DateTime {
    return this;
  }

  set(values: Partial<Fields>): DateTime {
    if (!this.c) return this;
    const mixed = { ...this.c, ...values };
    if (values.day === undefined) mixed.day = Math.min(daysInMonth(mixed.year, mixed.month), mixed.day);
    // As luxon's clone: the offset is read again at the new instant.
    return new DateTime(fixOffset(objToLocalTS(mixed), this.o, this.zone)[0], this.zone);
  }

  plus(duration: DurationLike | number): DateTime {
    if (!this.c) return this;
    const d = typeof duration === "number" ? { milliseconds: duration } : duration;
    const years = d.years ?? 0;
    const months = d.months ?? 0;
    const weeks = d.weeks ?? 0;
    const days = d.days ?? 0;
    const year = this.c.year + Math.trunc(years);
    const month = this.c.month + Math.trunc(months);
    const fields = {
      ...this.c,
      year,
      month,
      day: Math.min(this.c.day, daysInMonth(year, month)) + Math.trunc(days) + Math.trunc(weeks) * 7,
    };
    // luxon's "casual" conversion of the fractional calendar units.
    const millis =
      (years - Math.trunc(years)) * 365 * DAY +
      (months - Math.trunc(months)) * 30 * DAY +
      (weeks - Math.trunc(weeks)) * 7 * DAY +
      (days - Math.trunc(days)) * DAY +
      (d.hours ?? 0) * 3_600_000 +
      (d.minutes ?? 0) * MINUTE +
      (d.seconds ?? 0) * 1000 +
      (d.milliseconds ?? 0);
    const [ts] = fixOffset(objToLocalTS(fields), this.o, this.zone);
    return new DateTime(ts + millis, this.zone);
  }

  minus(duration: DurationLike | number): DateTime {
    if (typeof duration === "number") return this.plus(-duration);
    const negated: DurationLike = {};
    for (const [k, v] of Object.entries(duration)) negated[k as keyof DurationLike] = v === 0 ? 0 : -v;
    return this.plus(negated);
  }

  startOf(unit: "year" | "month" | "day"): DateTime {
    const cleared: Partial<Fields> = { hour: 0, minute: 0, second: 0, millisecond: 0 };
    if (unit !== "day") cleared.day = 1;
    if (unit === "year") cleared.month = 1;
    return this.set(cleared);
  }

  toMillis(): number {
    return this.c ? this.ts : Number.NaN;
  }

  valueOf(): number {
    return this.toMillis();
  }

  toJSDate(): Date {
    return new Date(this.toMillis());
  }

  toISODate(): string | null {
    const c = this.c;
    if (!c) return null;
    const extended = c.year > 9999 || c.year < 0;
    const year = String(Math.abs(c.year)).padStart(extended ? 6 : 4, "0");
    return `${extended ? (c.year < 0 ? "-" : "+") : ""}${year}-${pad(c.month)}-${pad(c.day)}`;
  }

  toISO(options: { suppressMilliseconds?: boolean } = {}): string | null {
    const c = this.c;
    if (!c) return null;
    let text = `${this.toISODate()}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
    if (!(options.suppressMilliseconds && c.millisecond === 0)) text += `.${pad(c.millisecond, 3)}`;
    if (this.zone.isOffsetFixed && this.o === 0) return `${text}Z`;
    const sign = this.o < 0 ? "-" : "+";
    return `${text}${sign}${pad(Math.trunc(Math.abs(this.o) / 60))}:${pad(Math.trunc(Math.abs(this.o) % 60))}`;
  }

  /**
   * luxon's toFormat for the tokens used here: yyyy, MM, LLL, LLLL, d, dd, HH, mm, ss, ccc, cccc; text in
   * single quotes as is.
   */
  toFormat(format: string): string {
    const c = this.c;
    if (!c) return "Invalid DateTime";
    let out = "";
    for (const token of format.match(/'[^']*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? []) {
      if (token.startsWith("'")) out += token.slice(1, -1);
      else if (/^[A-Za-z]/.test(token)) out += this.formatToken(token, c);
      else out += token;
    }
    return out;
  }

  private formatToken(token: string, c: Fields): string {
    switch (token) {
      case "yyyy":
        return pad(c.year, 4);
      case "MM":
        return pad(c.month);
      case "LLL":
        return (MONTHS[c.month - 1] ?? "").slice(0, 3);
      case "LLLL":
        return MONTHS[c.month - 1] ?? "";
      case "d":
        return String(c.day);
      case "dd":
        return pad(c.day);
      case "HH":
        return pad(c.hour);
      case "mm":
        return pad(c.minute);
      case "ss":
        return pad(c.second);
      case "ccc":
        return (WEEKDAYS[this.weekday - 1] ?? "").slice(0, 3);
      case "cccc":
        return WEEKDAYS[this.weekday - 1] ?? "";
      default:
        throw new Error(`Unsupported date format token "${token}"`);
    }
  }
}

/**
 * luxon's `dt.endOf(unit)`: the last millisecond of the day, month or year (a function, so only its users
 * bundle it).
 */
export function endOf(dt: DateTime, unit: "year" | "month" | "day"): DateTime {
  if (!dt.isValid) return dt;
  const one = unit === "year" ? { years: 1 } : unit === "month" ? { months: 1 } : { days: 1 };
  return dt.plus(one).startOf(unit).minus(1);
}

/**
 * luxon's `a.diff(b, "days").days`: whole days by the local calendar, then the fraction of the next (a
 * function, so only its users bundle it).
 */
export function diffInDays(a: DateTime, b: DateTime): number {
  if (!a.isValid || !b.isValid) return Number.NaN;
  const [earlier, later, sign] = a.toMillis() >= b.toMillis() ? [b, a, 1] : [a, b, -1];
  const dayStart = (dt: DateTime) => Date.UTC(dt.year, dt.month - 1, dt.day);
  let days = Math.floor((dayStart(later) - dayStart(earlier)) / DAY);
  let highWater = earlier.plus({ days });
  let cursor: DateTime;
  if (highWater.toMillis() > later.toMillis()) {
    days--;
    cursor = earlier.plus({ days });
    if (cursor.toMillis() > later.toMillis()) {
      highWater = cursor;
      days--;
      cursor = earlier.plus({ days });
    }
  } else cursor = highWater;
  if (highWater.toMillis() < later.toMillis()) highWater = cursor.plus({ days: 1 });
  if (highWater.toMillis() !== cursor.toMillis())
    days += (later.toMillis() - cursor.toMillis()) / (highWater.toMillis() - cursor.toMillis());
  return days === 0 ? 0 : sign * days;
}
