import * as z from "zod/mini";
import { INTERVIEW_STATUSES } from "../domain/interview.js";
import { STEP_KINDS, STEP_STATUSES } from "../domain/step.js";

const address = z.object({ name: z.string(), email: z.string() });

/** The documented shape of the steps and interviews the API answers with (see GET /openapi.json). */
export const plannedStepViewSchema = z.object({
  kind: z.enum(STEP_KINDS),
  channel: z.enum(["email", "reminder"]),
  to: address,
  contact: z.optional(
    z.extend(address, { role: z.enum(["interviewer", "recruiter", "referrer", "candidate"]) }),
  ),
  sendAt: z.string().check(z.describe("ISO 8601 with the offset of `timezone`")),
  timezone: z.string(),
  phase: z.enum(["chain", "after_rejection", "after_reply"]),
  rule: z.string().check(z.describe("The planner rule that made the step")),
  why: z.string().check(z.describe("Why this step, and why then")),
});

export const stepViewSchema = z.extend(plannedStepViewSchema, {
  id: z.string(),
  status: z.enum(STEP_STATUSES),
  reason: z.optional(z.string()),
  scheduleName: z.string(),
  heldUntil: z
    .optional(z.string())
    .check(
      z.describe(
        "Where a snooze or an out-of-office moved the step: an edit never brings it back before this",
      ),
    ),
  sentAt: z.optional(z.string()),
  sesMessageId: z.optional(z.string()),
  messageId: z.optional(z.string()),
  sentEmail: z
    .optional(
      z.object({
        to: z.string(),
        subject: z.string(),
        text: z.string(),
        truncated: z.optional(z.literal(true)),
      }),
    )
    .check(z.describe("With `sent`: the email as handed to the provider; `text` is cut when `truncated`")),
  updatedAt: z.string(),
});

const templateOverride = z.object({ subject: z.optional(z.string()), body: z.optional(z.string()) });

/** How the emails greet a person: `greeting` when given, else the first word of `name`. */
const greeting = z
  .optional(z.string())
  .check(
    z.describe("How emails greet them; absent: the first word of `name` (the whole name after a title)"),
  );

const contact = z.extend(address, {
  greeting,
  timezone: z.optional(z.string()),
  country: z.optional(z.string()),
});

export const interviewViewSchema = z.object({
  id: z.string(),
  owner: z.string(),
  status: z.enum(INTERVIEW_STATUSES),
  stopReason: z.optional(z.string()),
  company: z.string(),
  role: z.string(),
  round: z.string(),
  applicationKey: z.string(),
  interviewedAt: z.string(),
  timezone: z.string(),
  country: z.string(),
  region: z.optional(z.string()),
  candidate: z.extend(address, { greeting, links: z.optional(z.array(z.string())) }),
  interviewers: z.array(
    z.extend(contact, {
      email: z
        .optional(z.string())
        .check(z.describe("Absent when you gave no address: thanked through the recruiter")),
      topics: z.optional(z.array(z.string())),
    }),
  ),
  recruiter: z.optional(contact),
  referrer: z.optional(contact),
  decisionExpectedBy: z.optional(z.string()),
  mode: z.enum(["send", "remind"]),
  notes: z.optional(z.string()),
  templates: z
    .optional(z.partialRecord(z.enum(STEP_KINDS), templateOverride))
    .check(z.describe("Your wording per step kind (mustache templates); what is missing uses the default")),
  cadence: z.string(),
  settings: z.record(z.string(), z.unknown()),
  steps: z.array(stepViewSchema),
  stepTemplates: z
    .optional(z.record(z.string(), templateOverride))
    .check(z.describe("Your wording for single steps, by step id; wins over `templates`")),
  events: z.array(
    z.object({
      at: z.string(),
      type: z.string(),
      stepId: z.optional(z.string()),
      detail: z.optional(z.string()),
      ref: z.optional(z.string()),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Which fields of a request were refused, and why. */
export const fieldIssuesViewSchema = z.array(z.object({ field: z.string(), problem: z.string() }));

export const errorViewSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(fieldIssuesViewSchema),
  }),
});

/** A 412: If-Match named a copy the interview has left; `etag` is the current one, to tell which to reload. */
export const preconditionErrorViewSchema = z.object({
  error: z.object({ code: z.literal("precondition_failed"), message: z.string(), etag: z.string() }),
});
