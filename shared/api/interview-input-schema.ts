import * as z from "zod/mini";
import { processClock } from "../adapters/process-clock.js";
import { isSupportedCountry } from "../domain/business-calendar.js";
import { interviewProblems } from "../domain/interview-problems.js";
import {
  emailSchema,
  httpUrlSchema,
  isoDateSchema,
  isoDateTimeWithOffsetSchema,
  singleLine,
  timeZoneSchema,
  wellFormed,
} from "./field-schemas.js";
import { lazyRequired } from "./lazy-required.js";
import { optionalFields } from "./optional-fields.js";
import { cadencePresetSchema, plannerSettingsOverridesSchema } from "./planner-settings-schema.js";
import { stepTemplatesSchema, templateOverridesSchema } from "./template-overrides-schema.js";

// Every schema here is built on first use (z.lazy): a Lambda's init builds none of them, and a route
// builds only the one it parses with (create and preview the input, update the patch). Each is marked
// pure, so a bundle that does not use one leaves it out with what only it uses (create and preview bundle
// no PATCH schema, with its record and nullable types: -3.7 KB).

/** The patterns of the codes a body names (fast-interview-input.ts reads them too). */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const REGION_CODE = /^[A-Z0-9]{1,3}$/;
export const APPLICATION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** How to greet someone ("Ming", "Dr. Li"), when not the first word of their name: validated as a name. */
const greetingSchema = () => z.optional(lazyRequired(() => singleLine(100)));

/** A recruiter's or referrer's fields; the interviewer's spreads them and overrides `email`. */
const contactFields = () => ({
  name: singleLine(100),
  greeting: greetingSchema(),
  email: emailSchema,
  timezone: z.optional(timeZoneSchema),
  /** Their own country, when not the interview's: its weekend and public holidays apply to emails to them. */
  country: z.optional(
    lazyRequired(() =>
      z.string().check(
        z.regex(COUNTRY_CODE, {
          message: "must be an ISO 3166-1 alpha-2 country code such as US",
          abort: true,
        }),
        z.refine((c) => isSupportedCountry(c), "is not a supported country"),
      ),
    ),
  ),
});

export const contactSchema = /* @__PURE__ */ z.lazy(() => z.strictObject(contactFields()));

/**
 * Someone on the panel. `email` may be left out when the candidate does not have it: they are then thanked
 * by name in one email to the recruiter asking to pass it on (or the candidate is reminded to find it).
 */
export const interviewerSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    ...contactFields(),
    email: z.optional(emailSchema),
    topics: z.optional(z.array(singleLine(160)).check(z.maxLength(10, "at most 10 topics"))),
  }),
);

export const candidateSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    name: singleLine(100),
    greeting: greetingSchema(),
    email: emailSchema,
    links: z.optional(z.array(httpUrlSchema).check(z.maxLength(5, "at most 5 links"))),
  }),
);

const MAX_DAYS_AWAY = 366;
/**
 * How long ago an interview may have been when it is registered: the thank-you goes out at once for a
 * past-dated one, and a "thank you for your time" ten months late is worse than none.
 */
export const MAX_DAYS_SINCE_INTERVIEW = 30;
const DAY_MS = 86_400_000;

const regionSchema = () => z.string().check(z.regex(REGION_CODE, "must be a subdivision code such as CA"));

/** The fields of an interview a caller provides; shared by POST /interviews, PATCH and the preview. */
const interviewFields = () => ({
  company: singleLine(120),
  role: singleLine(120),
  round: singleLine(60),
  /** Groups the rounds of one application; defaults to one derived from company and role. */
  applicationId: z.optional(
    z.string().check(z.regex(APPLICATION_ID, "must be 1-64 lower-case letters, digits or dashes")),
  ),
  interviewedAt: isoDateTimeWithOffsetSchema,
  timezone: timeZoneSchema,
  country: z.string().check(z.regex(COUNTRY_CODE, "must be an ISO 3166-1 alpha-2 country code such as US")),
  region: z.optional(lazyRequired(regionSchema)),
  candidate: candidateSchema,
  interviewers: z
    .array(interviewerSchema)
    .check(z.minLength(1, "needs at least one interviewer"), z.maxLength(10, "at most 10 interviewers")),
  recruiter: z.optional(contactSchema),
  referrer: z.optional(contactSchema),
  decisionExpectedBy: z.optional(isoDateSchema),
  // A literal of two values, not z.enum: the same issue, and no enum type bundled (planner-settings-schema.ts).
  mode: z.literal(["send", "remind"], "must be send or remind"),
  notes: z.optional(
    lazyRequired(() => z.string().check(z.maxLength(4000, "must be at most 4000 characters"), wellFormed())),
  ),
  cadence: z.optional(cadencePresetSchema),
  settings: z.optional(plannerSettingsOverridesSchema),
  templates: z.optional(templateOverridesSchema),
});

interface ContactEmail {
  email: string;
}

type Checked = {
  candidate: ContactEmail;
  interviewers: { email?: string | undefined }[];
  recruiter?: ContactEmail | undefined;
  referrer?: ContactEmail | undefined;
  interviewedAt: string;
  timezone: string;
  decisionExpectedBy?: string | undefined;
  country: string;
  region?: string | undefined;
};

/**
 * A new interview must be about a real, recent round: at most MAX_DAYS_SINCE_INTERVIEW days ago, or up
 * to a year ahead for one registered before it happens, by the process clock (the system time in a Lambda,
 * the local stack's clock locally, where a week plays in seconds: the planner reads the same), as the
 * request is validated before any use case runs. Only checked where the caller states the date, so a stored interview stays editable
 * long after it happened (new wording for a keep-in-touch note months after a rejection).
 */
function checkRecent(interviewedAt: string, ctx: z.core.$RefinementCtx): boolean {
  const problem = recentProblem(interviewedAt);
  if (problem) ctx.addIssue({ code: "custom", path: ["interviewedAt"], message: problem });
  return problem === undefined;
}

/** What checkRecent says of an interview's date, or undefined when it is recent enough (fast-interview-input.ts). */
export function recentProblem(interviewedAt: string): string | undefined {
  const away = Date.parse(interviewedAt) - processClock.now().getTime();
  if (away < -MAX_DAYS_SINCE_INTERVIEW * DAY_MS)
    return `must be at most ${MAX_DAYS_SINCE_INTERVIEW} days ago: a thank-you sent now would be weeks late`;
  if (away > MAX_DAYS_AWAY * DAY_MS) return "must be within a year of today";
  return undefined;
}

/**
 * Rules over the whole body run only once every field is valid. zod runs an object's refinements after
 * non-aborting field issues too (a malformed `interviewedAt` is one), and the rules that span fields read
 * dates and zones as valid: a garbage date reached the time-zone code as an invalid Date (a 500 the API
 * fuzzer found, seed 696782).
 */
const ONLY_WHEN_FIELDS_ARE_VALID = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

/** Rules that span fields (see interviewProblems), as schema issues. */
function checkCrossFields(value: Checked, ctx: z.core.$RefinementCtx): void {
  for (const { path, problem } of interviewProblems(value)) {
    ctx.addIssue({ code: "custom", path, message: problem });
  }
}

/** POST /interviews and /plan/preview: a new round, so its date must be within a year of today. */
export const interviewInputSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject(interviewFields()).check(
    z.superRefine((value, ctx) => {
      if (checkRecent(value.interviewedAt, ctx)) checkCrossFields(value, ctx);
    }, ONLY_WHEN_FIELDS_ARE_VALID),
  ),
);
export type InterviewInput = z.infer<typeof interviewInputSchema>;

/**
 * PATCH: any subset of the fields; `null` clears an optional one. The merged interview is checked again
 * in full by the use case, so cross-field rules hold after the change too.
 */
export const interviewPatchSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      ...optionalFields(interviewFields()),
      // A move to another country may need the region gone: GB has no California.
      region: z.optional(z.nullable(regionSchema())),
      decisionExpectedBy: z.optional(z.nullable(isoDateSchema)),
      recruiter: z.optional(z.nullable(contactSchema)),
      referrer: z.optional(z.nullable(contactSchema)),
      notes: z.optional(
        z.nullable(z.string().check(z.maxLength(4000, "must be at most 4000 characters"), wellFormed())),
      ),
      /** Replaces every kind's wording at once; `null` goes back to the defaults. */
      templates: z.optional(z.nullable(templateOverridesSchema)),
      stepTemplates: z.optional(stepTemplatesSchema),
    })
    .check(
      z.refine((p) => Object.keys(p).length > 0, "must change at least one field"),
      z.superRefine((p, ctx) => {
        if (p.interviewedAt !== undefined) checkRecent(p.interviewedAt, ctx);
      }, ONLY_WHEN_FIELDS_ARE_VALID),
    ),
);
export type InterviewPatch = z.infer<typeof interviewPatchSchema>;
