/** The parts of the API's answers the CLI reads (GET /openapi.json has the whole shapes). */
export interface Address {
  name: string;
  email: string;
}

/** A person as the interview shows them: the fields the API took for them. */
export interface ContactView {
  name: string;
  email?: string;
  greeting?: string;
  timezone?: string;
  country?: string;
  links?: string[];
}

export interface PlannedStepView {
  kind: string;
  channel: "email" | "reminder";
  to: Address;
  contact?: Address & { role: string };
  sendAt: string;
  timezone: string;
  rule: string;
  why: string;
}

export interface StepView extends PlannedStepView {
  id: string;
  status: string;
  reason?: string;
  sentAt?: string;
}

export interface InterviewEvent {
  at: string;
  type: string;
  stepId?: string;
  detail?: string;
}

export interface InterviewView {
  id: string;
  status: string;
  stopReason?: string;
  company: string;
  role: string;
  round: string;
  interviewedAt: string;
  timezone: string;
  decisionExpectedBy?: string;
  mode: string;
  cadence: string;
  candidate: Address & ContactView;
  recruiter?: ContactView;
  referrer?: ContactView;
  steps: StepView[];
  events: InterviewEvent[];
}

export interface InterviewPage {
  items: InterviewView[];
  nextCursor: string | null;
}

export interface PlanPreview {
  steps: PlannedStepView[];
  supersededBy?: { id: string; round: string };
}

export interface QuotaUsage {
  per: string;
  limit: number;
  used: number | null;
  remaining: number | null;
  resetsAt: string | null;
}

export interface UsageView {
  at: string;
  quotas: Record<string, QuotaUsage>;
}

export interface ReplyFigures {
  sent: number;
  replied: number;
  medianMinutesToReply: number | null;
}

export interface OutcomeCounts {
  offer: number;
  rejected: number;
  withdrawn: number;
}

export interface InsightsView {
  at: string;
  interviews: number;
  byKind: Record<string, ReplyFigures>;
  byCadence: Record<string, ReplyFigures & { interviews: number }>;
  outcomes: Record<"none" | "thanksOnly" | "withCheckIns", OutcomeCounts>;
}

export interface CalendarFeedLinkView {
  url: string;
  webcalUrl: string;
  token: string;
}
