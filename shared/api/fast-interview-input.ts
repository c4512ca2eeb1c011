import { isSupportedCountry } from "../domain/business-calendar.js";
import { interviewProblems } from "../domain/interview-problems.js";
import { canonicalTimeZone, isValidTimeZone } from "../domain/is-valid-time-zone.js";
import {
  ZOD_EMAIL_PATTERN,
  ZOD_ISO_DATE_PATTERN,
  ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN,
} from "../domain/zod-string-patterns.js";
import { fitsSmtp, hasNoControlChars, hasRealOffset, isWellFormed } from "./field-schemas.js";
import {
  APPLICATION_ID,
  COUNTRY_CODE,
  type InterviewInput,
  REGION_CODE,
  recentProblem,
} from "./interview-input-schema.js";
import { invisibleCharacterIn } from "./invisible-character.js";

// What interviewInputSchema answers for a plain, valid body, without running zod: the first request of a
// route that parses with zod compiles and runs zod's parsing code for the first time (a build whose routes
// skipped the body's validation read 0.94x in CPU time on preview-plan's first invoke; docs/benchmarks.md,
// session 25). The contract, held by test/unit/shared/api/fast-interview-input.test.ts against the schema:
// an answer is what the schema would give (same value, same key order); `undefined` for anything else, and
// for any body with a field this path does not read (cadence, settings, templates, links), which the
// schema then parses and words. So it may decline what is valid; it never accepts what is not.

type Json = Record<string, unknown>;

const DECLINE = Symbol("decline");
type Decline = typeof DECLINE;

const INTERVIEW_KEYS = new Set([
  "company",
  "role",
  "round",
  "applicationId",
  "interviewedAt",
  "timezone",
  "country",
  "region",
  "candidate",
  "interviewers",
  "recruiter",
  "referrer",
  "decisionExpectedBy",
  "mode",
  "notes",
]);
const CANDIDATE_KEYS = new Set(["name", "greeting", "email"]);
const CONTACT_KEYS = new Set(["name", "greeting", "email", "timezone", "country"]);
const INTERVIEWER_KEYS = new Set([...CONTACT_KEYS, "topics"]);

function plainObject(value: unknown, keys: ReadonlySet<string>): Json | Decline {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return DECLINE;
  for (const key of Object.keys(value)) if (!keys.has(key)) return DECLINE;
  return value as Json;
}

/** singleLine(max): trimmed, 1..max characters, no control or invisible character, well formed. */
function singleLine(value: unknown, max: number): string | Decline {
  if (typeof value !== "string") return DECLINE;
  const s = value.trim();
  if (s.length < 1 || s.length > max) return DECLINE;
  if (!hasNoControlChars(s) || invisibleCharacterIn(s) !== undefined || !isWellFormed(s)) return DECLINE;
  return s;
}

function email(value: unknown): string | Decline {
  if (typeof value !== "string" || !ZOD_EMAIL_PATTERN.test(value)) return DECLINE;
  if (value.length > 254 || !hasNoControlChars(value) || !fitsSmtp(value)) return DECLINE;
  return value;
}

function timeZone(value: unknown): string | Decline {
  return typeof value === "string" && isValidTimeZone(value) ? canonicalTimeZone(value) : DECLINE;
}

function matching(value: unknown, pattern: RegExp): string | Decline {
  return typeof value === "string" && pattern.test(value) ? value : DECLINE;
}

type Reader = [key: string, read: (value: unknown) => unknown, optional?: boolean];

/** Each present field read by its reader, in the order given (the schema's shape order); absent ones left out. */
function fields(input: Json, readers: readonly Reader[]): Json | Decline {
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

const name = (v: unknown) => singleLine(v, 100);

function contactCountry(value: unknown): string | Decline {
  return typeof value === "string" && COUNTRY_CODE.test(value) && isSupportedCountry(value) ? value : DECLINE;
}

function contact(value: unknown, keys: ReadonlySet<string>, emailOptional: boolean, topics: boolean) {
  const input = plainObject(value, keys);
  if (input === DECLINE) return DECLINE;
  return fields(input, [
    ["name", name],
    ["greeting", name, true],
    ["email", email, emailOptional],
    ["timezone", timeZone, true],
    ["country", contactCountry, true],
    ...(topics ? [["topics", topicList, true] as Reader] : []),
  ]);
}

function topicList(value: unknown): string[] | Decline {
  if (!Array.isArray(value) || value.length > 10) return DECLINE;
  const out: string[] = [];
  for (const topic of value) {
    const read = singleLine(topic, 160);
    if (read === DECLINE) return DECLINE;
    out.push(read);
  }
  return out;
}

function candidate(value: unknown) {
  const input = plainObject(value, CANDIDATE_KEYS);
  if (input === DECLINE) return DECLINE;
  return fields(input, [
    ["name", name],
    ["greeting", name, true],
    ["email", email],
  ]);
}

function interviewers(value: unknown): Json[] | Decline {
  if (!Array.isArray(value) || value.length < 1 || value.length > 10) return DECLINE;
  const out: Json[] = [];
  for (const item of value) {
    const read = contact(item, INTERVIEWER_KEYS, true, true);
    if (read === DECLINE) return DECLINE;
    out.push(read);
  }
  return out;
}

function notes(value: unknown): string | Decline {
  return typeof value === "string" && value.length <= 4000 && isWellFormed(value) ? value : DECLINE;
}

function interviewedAt(value: unknown): string | Decline {
  return typeof value === "string" &&
    ZOD_ISO_DATE_TIME_WITH_OFFSET_PATTERN.test(value) &&
    hasRealOffset(value)
    ? value
    : DECLINE;
}

/**
 * The body as interviewInputSchema would parse it, or undefined when this path cannot say (then the schema
 * parses it, and words any problem).
 */
export function fastInterviewInput(body: unknown): InterviewInput | undefined {
  const input = plainObject(body, INTERVIEW_KEYS);
  if (input === DECLINE) return undefined;
  const out = fields(input, [
    ["company", (v) => singleLine(v, 120)],
    ["role", (v) => singleLine(v, 120)],
    ["round", (v) => singleLine(v, 60)],
    ["applicationId", (v) => matching(v, APPLICATION_ID), true],
    ["interviewedAt", interviewedAt],
    ["timezone", timeZone],
    ["country", (v) => matching(v, COUNTRY_CODE)],
    ["region", (v) => matching(v, REGION_CODE), true],
    ["candidate", candidate],
    ["interviewers", interviewers],
    ["recruiter", (v) => contact(v, CONTACT_KEYS, false, false), true],
    ["referrer", (v) => contact(v, CONTACT_KEYS, false, false), true],
    ["decisionExpectedBy", (v) => matching(v, ZOD_ISO_DATE_PATTERN), true],
    ["mode", (v) => (v === "send" || v === "remind" ? v : DECLINE)],
    ["notes", notes, true],
  ]);
  if (out === DECLINE) return undefined;
  const value = out as unknown as InterviewInput;
  // The schema's rules over the whole body: any problem is the schema's to word.
  if (recentProblem(value.interviewedAt) !== undefined || interviewProblems(value).length > 0)
    return undefined;
  return value;
}
