import { canonicalTimeZone, isValidTimeZone } from "../domain/is-valid-time-zone.js";
import {
  ZOD_EMAIL_PATTERN,
  ZOD_ISO_DATE_PATTERN,
  ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
} from "../domain/zod-string-patterns.js";
import { fitsSmtp, hasNoControlChars, hasRealOffset, isWellFormed } from "./field-schemas.js";
import { APPLICATION_ID, COUNTRY_CODE, REGION_CODE } from "./interview-input-schema.js";
import { invisibleCharacterIn } from "./invisible-character.js";

// The field readers of the fast paths (fast-interview-input.ts says why they exist and what they promise):
// each reads one field as its schema in field-schemas.ts or interview-input-schema.ts would, or declines.

export type Json = Record<string, unknown>;

/** What a reader answers when it cannot say: the schema then parses the body and words its problem. */
export const DECLINE = Symbol("decline");
export type Decline = typeof DECLINE;

/** A field's name, its reader, and whether it may be left out. */
export type Reader = [key: string, read: (value: unknown) => unknown, optional?: boolean];

/** A JSON object (not null, not an array), read as it is. */
export function jsonObject(value: unknown): Json | Decline {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : DECLINE;
}

/** A JSON object with no key but `keys` (a strict object's rule). */
export function plainObject(value: unknown, keys: ReadonlySet<string>): Json | Decline {
  const input = jsonObject(value);
  if (input === DECLINE) return DECLINE;
  for (const key of Object.keys(input)) if (!keys.has(key)) return DECLINE;
  return input;
}

/** singleLine(max): trimmed, 1..max characters, no control or invisible character, well formed. */
export function singleLine(value: unknown, max: number): string | Decline {
  if (typeof value !== "string") return DECLINE;
  const s = value.trim();
  if (s.length < 1 || s.length > max) return DECLINE;
  if (!hasNoControlChars(s) || invisibleCharacterIn(s) !== undefined || !isWellFormed(s)) return DECLINE;
  return s;
}

export function email(value: unknown): string | Decline {
  if (typeof value !== "string" || !ZOD_EMAIL_PATTERN.test(value)) return DECLINE;
  if (value.length > 254 || !hasNoControlChars(value) || !fitsSmtp(value)) return DECLINE;
  return value;
}

export function timeZone(value: unknown): string | Decline {
  return typeof value === "string" && isValidTimeZone(value) ? canonicalTimeZone(value) : DECLINE;
}

export function matching(value: unknown, pattern: RegExp): string | Decline {
  return typeof value === "string" && pattern.test(value) ? value : DECLINE;
}

/** An interview's notes: at most 4000 characters, well formed, kept as written. */
export function notes(value: unknown): string | Decline {
  return typeof value === "string" && value.length <= 4000 && isWellFormed(value) ? value : DECLINE;
}

/** A date-time with a real offset (isoDateTimeWithOffsetSchema); how recent it is, is the caller's rule. */
export function interviewedAt(value: unknown): string | Decline {
  return typeof value === "string" &&
    ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN.test(value) &&
    hasRealOffset(value)
    ? value
    : DECLINE;
}

/**
 * The readers of an interview's own values (every field but its people and its settings and wording), by
 * field, in the schema's shape order: both fast paths read these fields so.
 */
export const INTERVIEW_VALUE_READERS = {
  company: (v: unknown) => singleLine(v, 120),
  role: (v: unknown) => singleLine(v, 120),
  round: (v: unknown) => singleLine(v, 60),
  applicationId: (v: unknown) => matching(v, APPLICATION_ID),
  interviewedAt,
  timezone: timeZone,
  country: (v: unknown) => matching(v, COUNTRY_CODE),
  region: (v: unknown) => matching(v, REGION_CODE),
  decisionExpectedBy: (v: unknown) => matching(v, ZOD_ISO_DATE_PATTERN),
  mode: (v: unknown) => (v === "send" || v === "remind" ? v : DECLINE),
  notes,
};

/** Each present field read by its reader, in the order given (the schema's shape order); absent ones left out. */
export function fields(input: Json, readers: readonly Reader[]): Json | Decline {
  const out: Json = {};
  for (const [key, read, optional] of readers) {
    if (!(key in input)) {
      if (optional) continue;
      return DECLINE;
    }
    const value = read(input[key]);
    if (value === DECLINE) return DECLINE;
    out[key] = value;
  }
  return out;
}
