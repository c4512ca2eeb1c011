import { dateReadingReference } from "./date-reading-reference.js";
import type { ReadDate } from "./extract-dates.js";
import { judgeReadDate, type ReadDateVerdict } from "./judge-read-date.js";

export interface JudgedDate {
  read: ReadDate | undefined;
  verdict: ReadDateVerdict | undefined;
  /** The date read, only when it is one to act on (not past, not too far ahead). */
  usable: string | undefined;
}

/**
 * A date read from a message's visible text (a return date, a decision date) and judged against today in
 * the interview's zone: what was read, whether it may be used, and the date to act on.
 */
export function readJudgedDate(
  reader: (text: string, reference: Date, zone?: string) => ReadDate | undefined,
  email: { visibleText?: string; text: string; date?: string | undefined },
  now: Date,
  zone: string,
  maxAheadDays: number,
): JudgedDate {
  const read = reader(email.visibleText || email.text, dateReadingReference(email.date, now), zone);
  const verdict = read ? judgeReadDate(read.date, now, zone, maxAheadDays) : undefined;
  return { read, verdict, usable: read && verdict?.usable ? read.date : undefined };
}
