import { z } from "zod";
import { INTERVIEW_STATUSES } from "../domain/interview.js";
import { STEP_KINDS, STEP_STATUSES } from "../domain/step.js";

const address = z.object({ name: z.string(), email: z.string() });

/** The documented shape of the steps and interviews the API answers with (see GET /openapi.json). */
export const plannedStepViewSchema = z.object({
  kind: z.enum(STEP_KINDS),
  channel: z.enum(["email", "reminder"]),
  to: address,
  contact: address.extend({ role: z.enum(["interviewer", "recruiter", "referrer", "candidate"]) }).optional(),
  sendAt: z.string().describe("ISO 8601 with the offset of `timezone`"),
  timezone: z.string(),
  phase: z.enum(["chain", "after_rejection", "after_reply"]),
  rule: z.string().describe("The planner rule that made the step"),
  why: z.string().describe("Why this step, and why then"),
});

export const stepViewSchema = plannedStepViewSchema.extend({
  id: z.string(),
  status: z.enum(STEP_STATUSES),
  reason: z.string().optional(),
  scheduleName: z.string(),
  sentAt: z.string().optional(),
  sesMessageId: z.string().optional(),
  messageId: z.string().optional(),
  updatedAt: z.string(),
});

const templateOverride = z.object({ subject: z.string().optional(), body: z.string().optional() });

const contact = address.extend({ timezone: z.string().optional(), country: z.string().optional() });

export const interviewViewSchema = z.object({
  id: z.string(),
  owner: z.string(),
  status: z.enum(INTERVIEW_STATUSES),
  stopReason: z.string().optional(),
  company: z.string(),
  role: z.string(),
  round: z.string(),
  applicationKey: z.string(),
  interviewedAt: z.string(),
  timezone: z.string(),
  country: z.string(),
  region: z.string().optional(),
  candidate: address.extend({ links: z.array(z.string()).optional() }),
  interviewers: z.array(
    contact.extend({
      email: z.string().optional().describe("Absent when you gave no address: thanked through the recruiter"),
      topics: z.array(z.string()).optional(),
    }),
  ),
  recruiter: contact.optional(),
  referrer: contact.optional(),
  decisionExpectedBy: z.string().optional(),
  mode: z.enum(["send", "remind"]),
  notes: z.string().optional(),
  templates: z
    .partialRecord(z.enum(STEP_KINDS), templateOverride)
    .optional()
    .describe("Your wording per step kind (mustache templates); what is missing uses the default"),
  cadence: z.string(),
  settings: z.record(z.string(), z.unknown()),
  steps: z.array(stepViewSchema),
  stepTemplates: z
    .record(z.string(), templateOverride)
    .optional()
    .describe("Your wording for single steps, by step id; wins over `templates`"),
  events: z.array(
    z.object({
      at: z.string(),
      type: z.string(),
      stepId: z.string().optional(),
      detail: z.string().optional(),
      ref: z.string().optional(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const errorViewSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), problem: z.string() })).optional(),
  }),
});
