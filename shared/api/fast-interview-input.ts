import { isSupportedCountry } from "../domain/business-calendar.js";
import { interviewProblems } from "../domain/interview-problems.js";
import {
  DECLINE,
  type Decline,
  email,
  fields,
  type Json,
  plainObject,
  type Reader,
  INTERVIEW_VALUE_READERS as read,
  singleLine,
  timeZone,
} from "./fast-field-readers.js";
import { COUNTRY_CODE, type InterviewInput, recentProblem } from "./interview-input-schema.js";

// What interviewInputSchema answers for a plain, valid body, without running zod: the first request of a
// route that parses with zod compiles and runs zod's parsing code for the first time (a build whose routes
// skipped the body's validation read 0.94x in CPU time on preview-plan's first invoke; docs/benchmarks.md,
// session 25). The contract, held by test/unit/shared/api/fast-interview-input.test.ts against the schema:
// an answer is what the schema would give (same value, same key order); `undefined` for anything else, and
// for any body with a field this path does not read (cadence, settings, templates, links), which the
// schema then parses and words. So it may decline what is valid; it never accepts what is not.

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

/**
 * The body as interviewInputSchema would parse it, or undefined when this path cannot say (then the schema
 * parses it, and words any problem).
 */
export function fastInterviewInput(body: unknown): InterviewInput | undefined {
  const input = plainObject(body, INTERVIEW_KEYS);
  if (input === DECLINE) return undefined;
  const out = fields(input, [
    ["company", read.company],
    ["role", read.role],
    ["round", read.round],
    ["applicationId", read.applicationId, true],
    ["interviewedAt", read.interviewedAt],
    ["timezone", read.timezone],
    ["country", read.country],
    ["region", read.region, true],
    ["candidate", candidate],
    ["interviewers", interviewers],
    ["recruiter", (v) => contact(v, CONTACT_KEYS, false, false), true],
    ["referrer", (v) => contact(v, CONTACT_KEYS, false, false), true],
    ["decisionExpectedBy", read.decisionExpectedBy, true],
    ["mode", read.mode],
    ["notes", read.notes, true],
  ]);
  if (out === DECLINE) return undefined;
  const value = out as unknown as InterviewInput;
  // The schema's rules over the whole body: any problem is the schema's to word.
  if (recentProblem(value.interviewedAt) !== undefined || interviewProblems(value).length > 0)
    return undefined;
  return value;
}
