/** The shapes the public API answers with (see GET /openapi.json), as far as the web app reads them. */

export const INTERVIEW_STATUSES = ["active", "replied", "stopped", "completed", "superseded"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const STOP_OUTCOMES = ["offer", "rejected", "withdrawn", "cancelled"] as const;
export type StopOutcome = (typeof STOP_OUTCOMES)[number];

export interface Person {
  name: string;
  email: string;
}

export interface Contact {
  name: string;
  email?: string;
  /** How the emails greet them, when not the first word of `name`. */
  greeting?: string;
  timezone?: string;
  country?: string;
  topics?: string[];
}

/** A step as the preview plans it: no id or status yet. */
export interface PlannedStep {
  kind: string;
  channel: "email" | "reminder";
  to: Person;
  sendAt: string;
  timezone: string;
  phase: string;
  rule: string;
  why: string;
}

export interface Step extends PlannedStep {
  id: string;
  status: string;
  reason?: string;
  sentAt?: string;
  messageId?: string;
  /** With `sent`: the email as handed to the provider; `text` is cut when `truncated`. */
  sentEmail?: { to: string; subject: string; text: string; truncated?: true };
}

export interface TimelineEvent {
  at: string;
  type: string;
  stepId?: string;
  detail?: string;
}

export interface Interview {
  id: string;
  status: InterviewStatus;
  stopReason?: string;
  company: string;
  role: string;
  round: string;
  interviewedAt: string;
  timezone: string;
  country: string;
  region?: string;
  candidate: Person & { greeting?: string; links?: string[] };
  interviewers: Contact[];
  recruiter?: Contact;
  referrer?: Contact;
  decisionExpectedBy?: string;
  mode: "send" | "remind";
  notes?: string;
  cadence: string;
  settings?: Record<string, unknown>;
  steps: Step[];
  events: TimelineEvent[];
  /**
   * Not in the JSON: the answer's ETag header, the tag of this copy. An edit sends it as If-Match, so a
   * copy that changed meanwhile is refused (412) rather than written over.
   */
  etag?: string;
}

export interface InterviewPage {
  items: Interview[];
  nextCursor: string | null;
}

export interface PlanPreview {
  steps: PlannedStep[];
  supersededBy?: { id: string; round: string };
}

export interface ReplyFigures {
  sent: number;
  replied: number;
  medianMinutesToReply: number | null;
}

export interface Insights {
  at: string;
  interviews: number;
  byKind: Record<string, ReplyFigures>;
  byCadence: Record<string, ReplyFigures & { interviews: number }>;
  outcomes: Record<
    "none" | "thanksOnly" | "withCheckIns",
    { offer: number; rejected: number; withdrawn: number }
  >;
}

export interface FieldIssue {
  field: string;
  problem: string;
}
