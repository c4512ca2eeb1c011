import { DECLINE, fields, INTERVIEW_VALUE_READERS, jsonObject, type Reader } from "./fast-field-readers.js";
import { type InterviewPatch, recentProblem } from "./interview-input-schema.js";

// What interviewPatchSchema answers for a plain, valid change of the interview's own values (its company,
// role, round, application, date, zone, country, region, decision date, mode, notes: a moved interview, a
// decision date the recruiter gave), without running zod, as fast-interview-input.ts does for a new one and
// for the same reason (docs/benchmarks.md, session 28). The same contract, held by
// test/unit/shared/api/fast-interview-patch.test.ts against the schema: an answer is what the schema would
// give, same value and same key order; `undefined` for anything else, for an empty change, and for any
// change of a field this path does not read (contacts, cadence, settings, wording), which the schema then
// parses and words.

/** The fields a PATCH may clear with `null`; it reads every other one as the new interview does. */
const CLEARABLE = new Set(["region", "decisionExpectedBy", "notes"]);

/** The patch schema's fields this path reads, in its shape's order; every one may be left out. */
const PATCH_READERS = Object.entries(INTERVIEW_VALUE_READERS).map(
  ([key, read]): Reader => [key, CLEARABLE.has(key) ? (v) => (v === null ? null : read(v)) : read, true],
);

/**
 * The change as interviewPatchSchema would parse it, or undefined when this path cannot say (then the
 * schema parses it, and words any problem).
 */
export function fastInterviewPatch(body: unknown): InterviewPatch | undefined {
  const input = jsonObject(body);
  if (input === DECLINE) return undefined;
  const out = fields(input, PATCH_READERS);
  if (out === DECLINE) return undefined;
  // Every field read: a key left over is one this path does not read (or not a field at all).
  const count = Object.keys(out).length;
  if (count === 0 || count !== Object.keys(input).length) return undefined;
  if (typeof out.interviewedAt === "string" && recentProblem(out.interviewedAt) !== undefined)
    return undefined;
  return out as InterviewPatch;
}
