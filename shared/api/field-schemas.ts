import * as z from "zod/mini";
import { formattedString } from "../domain/formatted-string.js";
import { canonicalTimeZone, isValidTimeZone } from "../domain/is-valid-time-zone.js";
import { NON_ASCII } from "../domain/non-ascii.js";
import {
  ZOD_EMAIL_PATTERN,
  ZOD_ISO_DATE_PATTERN,
  ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
} from "../domain/zod-string-patterns.js";
import { invisibleCharacterIn } from "./invisible-character.js";

// Names and subjects end up in email headers: a CR/LF or another control character there is header
// injection, so single-line fields refuse them outright rather than stripping them silently.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// Half of a UTF-16 surrogate pair with no other half: not text, and no mail header can carry it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** No control character, line break or separator (the schemas' rule, and fast-interview-input.ts's). */
export const hasNoControlChars = (s: string): boolean => !CONTROL_CHARS.test(s);
/** No lone UTF-16 surrogate. */
export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/**
 * Any text the service stores or mails must be well formed: a lone surrogate reached an email's body as
 * U+FFFD (or an SES refusal) after the API had answered 201. Free text (bodies, notes) checks this too.
 */
export const wellFormed = () =>
  z.refine<string>(isWellFormed, "must not contain a lone UTF-16 surrogate (malformed text)");

/** Text shown as written: nothing in it that shows as nothing or reorders what follows (a 400 names it). */
const visible = () =>
  z.superRefine<string>((s, ctx) => {
    const found = invisibleCharacterIn(s);
    if (found)
      ctx.addIssue({
        code: "custom",
        input: s,
        message: `must not contain invisible characters (bidi marks, zero-width, soft hyphens, fillers, blanks, tags): found ${found}`,
      });
  });

/** Names, company, role, round, topics and subjects: one line of visible, well-formed text. */
export function singleLine(max: number) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "must not be empty"),
      z.maxLength(max, `must be at most ${max} characters`),
      z.refine(hasNoControlChars, "must not contain line breaks or control characters"),
      visible(),
      wellFormed(),
    );
}

// The schemas below are z.lazy: each is built the first time something parses with it (or documents it),
// not when a handler module loads, so a Lambda's init pays for no schema it has not used yet.

/**
 * RFC 5321 4.5.3.1 bounds a local part to 64 octets and DNS a label to 63; zod's pattern bounds neither, so
 * such an address was accepted with a 201 and refused by SES only when its first email was due. Lengths
 * only (an address zod refuses gets no second issue); the pattern allows ASCII only, so characters are octets.
 */
export function fitsSmtp(address: string): boolean {
  const at = address.lastIndexOf("@");
  return (
    at <= 64 &&
    address
      .slice(at + 1)
      .split(".")
      .every((label) => label.length <= 63)
  );
}

// SES sends to 7-bit ASCII addresses only, with an international domain in its Punycode form: an address
// refused for a non-ASCII character (NON_ASCII) says so, rather than only "invalid" to someone whose
// address is real.

const emailProblem = (issue: { input?: unknown }) =>
  typeof issue.input === "string" && NON_ASCII.test(issue.input)
    ? "must be an ASCII address: write an international domain in its xn-- (Punycode) form, as SES needs"
    : "must be a valid email address";

export const emailSchema = /* @__PURE__ */ z.lazy(() =>
  formattedString(ZOD_EMAIL_PATTERN, emailProblem).check(
    z.maxLength(254, "must be at most 254 characters"),
    z.refine(hasNoControlChars, "must not contain control characters"),
    z.refine(fitsSmtp, "must have at most 64 characters before the @ and 63 in each part of the domain"),
  ),
);

export const timeZoneSchema = /* @__PURE__ */ z.lazy(() =>
  z.pipe(
    z.string().check(z.refine(isValidTimeZone, "must be an IANA time zone such as America/New_York")),
    // Stored as the runtime spells it ("america/new_york" -> "America/New_York"): EventBridge Scheduler
    // may not accept other spellings.
    z.transform(canonicalTimeZone),
  ),
);

export const localTimeSchema = /* @__PURE__ */ z.lazy(() =>
  z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "must be a time as HH:mm")),
);

export const isoDateSchema = /* @__PURE__ */ z.lazy(() =>
  formattedString(ZOD_ISO_DATE_PATTERN, "must be a date as YYYY-MM-DD"),
);

/** Offsets in use anywhere on Earth run from -12:00 (Baker Island) to +14:00 (Line Islands). */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

function offsetMinutes(value: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  if (!m) return 0; // "Z"
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Whether a date-time's offset is one in use somewhere on Earth. */
export function hasRealOffset(value: string): boolean {
  const minutes = offsetMinutes(value);
  return minutes >= MIN_OFFSET_MINUTES && minutes <= MAX_OFFSET_MINUTES;
}

export const isoDateTimeWithOffsetSchema = /* @__PURE__ */ z.lazy(() =>
  formattedString(
    ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
    "must be an ISO 8601 date-time with a time zone offset, e.g. 2026-12-01T14:00:00-05:00",
  ).check(z.refine(hasRealOffset, "must have a real time zone offset, between -12:00 and +14:00")),
);

// Control characters are refused before the URL is read: the WHATWG parser zod uses drops tabs and line
// breaks, so "https://a.example/\r\nBcc: x" would be stored as another URL, changed without a word. The
// link is stored as written and mailed in every email's text, so it is held to a name's rules too: a lone
// surrogate reached the email as U+FFFD, and a bidi override showed ".../\u202efdp.exe" as ".../exe.pdf".
//
// Read as zod's `z.url({ protocol: /^https?$/ })` reads a link (a test holds it to that check), without
// bundling zod's URL schema (~1.7 KB in each planner route): the trimmed text must start with http:// or
// https:// and parse as a URL; a link that does is stored trimmed, without the tabs and line breaks the URL
// parser drops, and its length is counted after that.
const HTTP_URL_START = /^https?:\/\//i;
// URL.parse, not URL.canParse: on this Node (20.20) canParse answers false for "http://\u00e9" once V8 has
// optimised its caller (after ~7,000 calls: its fast path misreads one-byte non-ASCII text); parse does not.
const isHttpUrl = (s: string) => HTTP_URL_START.test(s.trim()) && URL.parse(s.trim()) !== null;

export const httpUrlSchema = /* @__PURE__ */ z.lazy(() =>
  z.string().check(
    z.refine(hasNoControlChars, "must not contain line breaks or control characters"),
    visible(),
    wellFormed(),
    z.refine(isHttpUrl, "must be an http(s) URL"),
    z.overwrite((s) => (isHttpUrl(s) ? s.trim().replace(/[\t\n\r]/g, "") : s)),
    z.maxLength(500, "must be at most 500 characters"),
  ),
);
