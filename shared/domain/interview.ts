import type { CadencePreset, PlannerSettings } from "./planner-settings.js";
import type { Step, StepKind } from "./step.js";

export interface Person {
  name: string;
  email: string;
  /**
   * How to greet them ("Ming", "Dr. Li", "Abdul Rahman"): what a greeting says instead of the first word of
   * `name`, which is wrong for names written family name first and for compound given names.
   */
  greeting?: string;
}

export interface Candidate extends Person {
  /** Portfolio, LinkedIn, GitHub... quoted in the emails. */
  links?: string[];
}

export interface Contact extends Person {
  /** IANA zone of this contact when it differs from the interview's. */
  timezone?: string;
  /** ISO 3166-1 alpha-2 country of this contact when it differs from the interview's: its weekend and holidays. */
  country?: string;
}

/**
 * Someone on the panel. Their `email` may be unknown: then they are thanked by name in one email to the
 * recruiter asking to pass the thanks on (or, with no recruiter, the candidate is reminded to find it).
 */
export interface Interviewer extends Omit<Contact, "email"> {
  email?: string;
  /** What was discussed with this interviewer, quoted in the thank-you. */
  topics?: string[];
}

/**
 * A candidate's own wording for a step: logic-less templates over a fixed set of placeholders (see
 * shared/mail/template-placeholders.ts), checked when saved. A missing part keeps the default.
 */
export interface TemplateOverride {
  subject?: string;
  body?: string;
}

export type TemplateOverrides = Partial<Record<StepKind, TemplateOverride>>;

export type FollowUpMode = "send" | "remind";

export const INTERVIEW_STATUSES = ["active", "replied", "stopped", "completed", "superseded"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const STOP_REASONS = ["offer", "rejected", "withdrawn", "cancelled"] as const;
export type StopReason = (typeof STOP_REASONS)[number];

export interface TimelineEvent {
  at: string;
  type: string;
  stepId?: string;
  detail?: string;
  /** The Message-ID of the inbound message behind the event, so a redelivered one is recognised. */
  ref?: string;
}

/** What a candidate tells us about one interview round. */
export interface InterviewDetails {
  company: string;
  role: string;
  round: string;
  /** Groups the rounds of one application; derived from company and role when not given. */
  applicationKey: string;
  /** ISO 8601 with offset. */
  interviewedAt: string;
  timezone: string;
  /** ISO 3166-1 alpha-2, for public holidays. */
  country: string;
  /** Subdivision code for regional holidays (e.g. `CA` in the US, `BY` in DE). */
  region?: string;
  candidate: Candidate;
  interviewers: Interviewer[];
  recruiter?: Contact;
  referrer?: Contact;
  /** YYYY-MM-DD, in the interview's time zone. */
  decisionExpectedBy?: string;
  mode: FollowUpMode;
  notes?: string;
  /** The candidate's wording per step kind, for every step of that kind. */
  templates?: TemplateOverrides;
  /** The preset the settings started from. */
  cadence: CadencePreset;
  /** Resolved: the preset with the interview's overrides applied. */
  settings: PlannerSettings;
}

/** One interview round and its follow-up chain: one stored item. */
export interface Interview extends InterviewDetails {
  id: string;
  owner: string;
  status: InterviewStatus;
  stopReason?: StopReason | "replied" | "superseded";
  steps: Step[];
  /** The candidate's wording for single steps, by step id; wins over `templates`. */
  stepTemplates?: Record<string, TemplateOverride>;
  events: TimelineEvent[];
  /** Inbound messages forwarded to the candidate on one UTC day (YYYY-MM-DD): the per-interview rate limit. */
  inboundForwards?: { day: string; count: number };
  createdAt: string;
  updatedAt: string;
  /** Bumped by every write; whole-item rewrites are conditional on it. */
  version: number;
}
