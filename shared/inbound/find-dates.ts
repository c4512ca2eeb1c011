import {
  addCalendarDays,
  calendarDay,
  calendarDaysBetween,
  isoWeekdayOfDay,
  lastDayOfMonth,
} from "../domain/calendar-day.js";
import { builtOnFirstUse } from "./built-on-first-use.js";

/*
 * Small, deliberate date finding for two sentences we care about: "I'm back on <date>" in out-of-office
 * texts and "we will decide by <date>" in replies. A general natural-language date parser (chrono-node)
 * would recognise more forms, but the value here is in the keyword context around the date, which we
 * would write anyway; these patterns cover the forms mail clients and people actually use.
 */

// biome-ignore format: a table reads better than one entry per line
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, janvier: 1,
  february: 2, feb: 2, februar: 2, février: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mars: 3,
  april: 4, apr: 4, avril: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juni: 6, juin: 6,
  july: 7, jul: 7, juli: 7, juillet: 7,
  august: 8, aug: 8, août: 8,
  september: 9, sep: 9, sept: 9, septembre: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12,
};

// biome-ignore format: a table reads better than one entry per line
const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, montag: 1, lundi: 1,
  tuesday: 2, tue: 2, tues: 2, dienstag: 2, mardi: 2,
  wednesday: 3, wed: 3, mittwoch: 3, mercredi: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, donnerstag: 4, jeudi: 4,
  friday: 5, fri: 5, freitag: 5, vendredi: 5,
  saturday: 6, sat: 6, samstag: 6, samedi: 6,
  sunday: 7, sun: 7, sonntag: 7, dimanche: 7,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const WEEKDAY = `(${Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const ORD = "(?:st|nd|rd|th)?";

/** Resolves a date expression against the reference day ("YYYY-MM-DD" in the reading's zone). */
type Resolve = (today: string) => string | undefined;
/** A date expression where it was found in the text (`index` to `end`), resolved later against a day. */
export interface Found {
  index: number;
  end: number;
  resolve: Resolve;
}

/**
 * A calendar date. Without a year, the occurrence nearest to `today` (this year's, last year's or next
 * year's): "December 15" read on December 31 is the one just past, not next year's, and "January 4" read
 * in late December is next month's. Whether a past or far date may be used is decided by the caller.
 */
function calendar(year: number | undefined, month: number, day: number): Resolve {
  return (today) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    if (year !== undefined) return dayOf(year < 100 ? 2000 + year : year, month, day);
    const thisYear = Number(today.slice(0, 4));
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const y of [thisYear - 1, thisYear, thisYear + 1]) {
      const d = dayOf(y, month, day);
      if (!d) continue;
      const distance = Math.abs(calendarDaysBetween(today, d));
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  };
}

/** The day these fields name, or undefined when there is none (February 30, year 0). */
function dayOf(year: number, month: number, day: number): string | undefined {
  if (year < 1) return undefined;
  try {
    return calendarDay(year, month, day);
  } catch {
    return undefined;
  }
}

function nextWeekday(weekday: number): Resolve {
  return (today) => addCalendarDays(today, (weekday - isoWeekdayOfDay(today) + 7) % 7 || 7);
}

function nextDayOfMonth(day: number): Resolve {
  return (today) => {
    if (day < 1 || day > 31) return undefined;
    let year = Number(today.slice(0, 4));
    let month = Number(today.slice(5, 7));
    for (let m = 0; m < 3; m++) {
      const d = dayOf(year, month, day);
      if (d && d >= today) return d;
      month = (month % 12) + 1;
      if (month === 1) year++;
    }
    return undefined;
  };
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

// Built on first use: three are `iu` patterns (built-on-first-use.ts says why).
const PATTERNS = builtOnFirstUse(
  (): Array<{ re: RegExp; make: (m: RegExpExecArray) => Resolve | undefined }> => [
    {
      // 2026-12-07
      re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
      make: (m) => calendar(num(m[1]), Number(m[2]), Number(m[3])),
    },
    {
      // Monday, December 7 / Dec 7th, 2026 / Jan 4th
      re: new RegExp(
        `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b)?`,
        "giu",
      ),
      make: (m) => calendar(num(m[4]), MONTHS[(m[2] ?? "").toLowerCase()] ?? 0, Number(m[3])),
    },
    {
      // 7 December 2026 / 7th of December / Monday 7. Dezember
      re: new RegExp(
        `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:${ORD}|\\.)\\s*(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`,
        "giu",
      ),
      make: (m) => calendar(num(m[4]), MONTHS[(m[3] ?? "").toLowerCase()] ?? 0, Number(m[2])),
    },
    {
      // 07.12.2026 / 7.12. (day first, as written where dots are used)
      re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}\b)?/g,
      make: (m) => calendar(num(m[3]), Number(m[2]), Number(m[1])),
    },
    {
      // 12/07 or 12/07/2026: month first (US), unless the first number cannot be a month
      re: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/g,
      make: (m) => {
        const a = Number(m[1]);
        const b = Number(m[2]);
        return a > 12 ? calendar(num(m[3]), b, a) : calendar(num(m[3]), a, b);
      },
    },
    {
      re: new RegExp(`\\b${WEEKDAY}\\b`, "giu"),
      make: (m) => {
        const w = WEEKDAYS[(m[1] ?? "").toLowerCase()];
        return w === undefined ? undefined : nextWeekday(w);
      },
    },
    {
      // "the 15th" (a day of the month alone)
      re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
      make: (m) => nextDayOfMonth(Number(m[1])),
    },
  ],
);

const RELATIVE: Array<{ re: RegExp; make: (m: RegExpExecArray) => Resolve }> = [
  { re: /\b(?:the\s+)?end of (?:this|the) week\b/gi, make: () => (today) => endOfWeek(today, 0) },
  { re: /\b(?:the\s+)?end of next week\b/gi, make: () => (today) => endOfWeek(today, 1) },
  { re: /\bnext week\b/gi, make: () => (today) => endOfWeek(today, 1) },
  {
    re: /\b(?:the\s+)?end of (?:this|the) month\b/gi,
    make: () => (today) => lastDayOfMonth(today),
  },
  { re: /\btomorrow\b/gi, make: () => (today) => addCalendarDays(today, 1) },
  {
    re: /\bwithin (?:the next )?(\d{1,2}|a|one|two|three) (business days?|days?|weeks?)\b/gi,
    make: (m) => (today) => {
      const word: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
      const n = word[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? "").toLowerCase();
      if (unit.startsWith("business")) return addWeekdays(today, n);
      return addCalendarDays(today, unit.startsWith("week") ? 7 * n : n);
    },
  },
];

/** Friday of this week (offset 0) or a later one. */
function endOfWeek(today: string, offset: number): string {
  return addCalendarDays(today, 5 - isoWeekdayOfDay(today) + 7 * offset);
}

/** `n` weekdays (Monday to Friday) after `today`. */
function addWeekdays(today: string, n: number): string {
  let d = today;
  for (let left = n; left > 0; ) {
    d = addCalendarDays(d, 1);
    if (isoWeekdayOfDay(d) <= 5) left--;
  }
  return d;
}

/** Every date expression in the text, earliest first; where two overlap, the longer wins. */
export function findDates(text: string, relative: boolean): Found[] {
  const all: Found[] = [];
  const patterns = relative ? [...PATTERNS(), ...RELATIVE] : PATTERNS();
  for (const { re, make } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const resolve = make(m);
      if (resolve) all.push({ index: m.index, end: m.index + m[0].length, resolve });
    }
  }
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Found[] = [];
  for (const f of all) {
    const last = kept[kept.length - 1];
    if (last && f.index < last.end) continue;
    kept.push(f);
  }
  return kept;
}
