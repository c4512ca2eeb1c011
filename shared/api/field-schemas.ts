import { z } from "zod";
import { canonicalTimeZone, isValidTimeZone } from "../domain/is-valid-time-zone.js";

// Names and subjects end up in email headers: a CR/LF or another control character there is header
// injection, so single-line fields refuse them outright rather than stripping them silently.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function singleLine(max: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), "must not contain line breaks or control characters");
}

export const emailSchema = z
  .email("must be a valid email address")
  .max(254, "must be at most 254 characters")
  .refine((s) => !CONTROL_CHARS.test(s), "must not contain control characters");

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, "must be an IANA time zone such as America/New_York")
  // Stored as the runtime spells it ("america/new_york" -> "America/New_York"): EventBridge Scheduler
  // may not accept other spellings.
  .transform(canonicalTimeZone);

export const localTimeSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "must be a time as HH:mm");

export const isoDateSchema = z.iso.date("must be a date as YYYY-MM-DD");

export const isoDateTimeWithOffsetSchema = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 date-time with a time zone offset, e.g. 2026-12-01T14:00:00-05:00",
});

export const httpUrlSchema = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
  .max(500, "must be at most 500 characters");
