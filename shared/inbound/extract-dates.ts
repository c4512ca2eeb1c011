import { addCalendarDays, calendarDay } from "../domain/calendar-day.js";
import { isKnownZone, wallClockAt } from "../domain/wall-clock.js";
import { type Found, findDates } from "./find-dates.js";

/** A date read from a text: the day it resolves to and the words it was read from. */
export interface ReadDate {
  /** "YYYY-MM-DD" in the reading's zone. */
  date: string;
  /** The words as written ("December 15", "the 15th"), at most 60 characters. */
  phrase: string;
}

/** The text of the sentence around a match, before and after it. */
function sentenceAround(text: string, f: Found): { before: string; after: string } {
  const start = Math.max(
    text.lastIndexOf("\n\n", f.index),
    ...[".", "!", "?"].map((p) => text.lastIndexOf(`${p} `, f.index)),
  );
  const rest = text.slice(f.end);
  const stop = rest.search(/[.!?](\s|$)|\n\n/);
  return { before: text.slice(start + 1, f.index), after: stop < 0 ? rest : rest.slice(0, stop) };
}

/** The reference's day in `zone` (default UTC); undefined for an invalid date or an unknown zone. */
function toReference(reference: Date, zone: string | undefined): string | undefined {
  const z = zone ?? "UTC";
  if (!isKnownZone(z) || Number.isNaN(reference.getTime())) return undefined;
  const local = wallClockAt(reference, z);
  return calendarDay(local.year, local.month, local.day);
}

const phraseOf = (text: string, f: Found): string =>
  text.slice(f.index, f.end).replace(/\s+/g, " ").slice(0, 60);

const RETURN_CUE =
  /\b(back|return(?:ing|s)?|until|till|til|through|thru|resume|available again|in the office (?:on|from)|zurück|wieder|ab dem|bis (?:zum|einschließlich)|de retour|jusqu'au)\b[^\n]{0,40}$/i;
const INCLUSIVE_CUE = /\b(through|thru|bis einschließlich|inclusive)\b[^\n]{0,40}$/i;

/**
 * The date an out-of-office text says its author is back, read relative to `reference` (the message's
 * Date header, else its receipt) in `zone` (default UTC). "until <date>" gives that date; "through
 * <date>" the day after. The date may be past or far ahead: see judgeReadDate before acting on it.
 */
export function readReturnDate(text: string, reference: Date, zone?: string): ReadDate | undefined {
  const ref = toReference(reference, zone);
  if (!ref) return undefined;
  const sample = text.slice(0, 16 * 1024);
  for (const f of findDates(sample, false)) {
    const { before } = sentenceAround(sample, f);
    const cue = RETURN_CUE.exec(before);
    if (!cue) continue;
    let date = f.resolve(ref);
    if (!date) continue;
    if (INCLUSIVE_CUE.test(before)) date = addCalendarDays(date, 1);
    return { date, phrase: phraseOf(sample, f) };
  }
  return undefined;
}

const DECISION_CUE =
  /\b(decid\w*|decision|hear back|get back to you|let you know|update you|be in touch|reach out|final(?:ize|ise)?\s+(?:round|interviews?|candidates?)|conclude|wrap up|next steps|offer)\b/i;

/**
 * A decision date named in a reply ("we will decide by the 15th", "a decision by December 15", "by end of
 * next week"), read relative to `reference` in `zone` (default UTC). Only dates in a sentence that talks
 * about deciding or getting back count, so a date mentioned for anything else is not taken. The date may
 * be past or far ahead: see judgeReadDate before acting on it.
 */
export function readDecisionDate(text: string, reference: Date, zone?: string): ReadDate | undefined {
  const ref = toReference(reference, zone);
  if (!ref) return undefined;
  const sample = text.slice(0, 16 * 1024);
  for (const f of findDates(sample, true)) {
    const { before, after } = sentenceAround(sample, f);
    if (!DECISION_CUE.test(before) && !DECISION_CUE.test(after)) continue;
    const date = f.resolve(ref);
    if (date) return { date, phrase: phraseOf(sample, f) };
  }
  return undefined;
}

/** A date on or after the reference's day, as "YYYY-MM-DD"; undefined for none or one already past. */
function upcoming(read: ReadDate | undefined, reference: Date, zone: string | undefined): string | undefined {
  const today = toReference(reference, zone);
  return read && today && read.date >= today ? read.date : undefined;
}

/** readReturnDate, keeping only a date not yet past ("YYYY-MM-DD"). */
export function extractReturnDate(text: string, reference: Date, zone?: string): string | undefined {
  return upcoming(readReturnDate(text, reference, zone), reference, zone);
}

/** readDecisionDate, keeping only a date not yet past ("YYYY-MM-DD"). */
export function extractDecisionDate(text: string, reference: Date, zone?: string): string | undefined {
  return upcoming(readDecisionDate(text, reference, zone), reference, zone);
}
