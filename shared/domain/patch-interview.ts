import { applicationKeyFor } from "./application-key.js";
import type {
  Candidate,
  Contact,
  FollowUpMode,
  Interview,
  InterviewDetails,
  Interviewer,
  TemplateOverride,
  TemplateOverrides,
} from "./interview.js";
import { type InterviewProblem, interviewProblems } from "./interview-problems.js";
import { type CadencePreset, type PlannerSettings, resolvePlannerSettings } from "./planner-settings.js";

/**
 * A change to an interview, each field already valid on its own (checked at the edge): a field left out
 * stays as it is, `null` clears an optional one.
 */
export interface InterviewChange {
  company?: string | undefined;
  role?: string | undefined;
  round?: string | undefined;
  /** Moves the interview to another application; otherwise a new company or role derives a new one. */
  applicationId?: string | undefined;
  interviewedAt?: string | undefined;
  timezone?: string | undefined;
  country?: string | undefined;
  region?: string | null | undefined;
  candidate?: Candidate | undefined;
  interviewers?: Interviewer[] | undefined;
  recruiter?: Contact | null | undefined;
  referrer?: Contact | null | undefined;
  decisionExpectedBy?: string | null | undefined;
  mode?: FollowUpMode | undefined;
  notes?: string | null | undefined;
  /** A new preset starts over from its defaults (plus `settings`). */
  cadence?: CadencePreset | undefined;
  /** Overrides on top of today's settings (or of the new preset's). */
  settings?: Partial<PlannerSettings> | undefined;
  templates?: TemplateOverrides | null | undefined;
  /** Wording of single steps: handled apart, as it depends on each step's status. */
  stepTemplates?: Record<string, TemplateOverride | null> | undefined;
}

/** The detail fields a change may clear with `null`. */
const CLEARABLE = ["region", "recruiter", "referrer", "decisionExpectedBy", "notes", "templates"] as const;

/** The detail fields a change sets as given. */
const SETTABLE = [
  "company",
  "role",
  "round",
  "interviewedAt",
  "timezone",
  "country",
  "candidate",
  "interviewers",
  "mode",
  ...CLEARABLE,
] as const;

/**
 * The interview with a change to its details applied, or what the result would break (see interviewProblems):
 * the change is validated field by field at the edge, and the whole is checked here, once, so a change
 * cannot make an interview inconsistent (a decision date left before a moved interview). Steps, status and
 * timeline are untouched: re-planning is the caller's.
 */
export function patchInterview(
  current: Interview,
  change: InterviewChange,
): { interview: Interview } | { problems: InterviewProblem[] } {
  const details: InterviewDetails = {
    company: current.company,
    role: current.role,
    round: current.round,
    applicationKey: current.applicationKey,
    interviewedAt: current.interviewedAt,
    timezone: current.timezone,
    country: current.country,
    ...(current.region !== undefined ? { region: current.region } : {}),
    candidate: current.candidate,
    interviewers: current.interviewers,
    ...(current.recruiter !== undefined ? { recruiter: current.recruiter } : {}),
    ...(current.referrer !== undefined ? { referrer: current.referrer } : {}),
    ...(current.decisionExpectedBy !== undefined ? { decisionExpectedBy: current.decisionExpectedBy } : {}),
    mode: current.mode,
    ...(current.notes !== undefined ? { notes: current.notes } : {}),
    ...(current.templates !== undefined ? { templates: current.templates } : {}),
    cadence: change.cadence ?? current.cadence,
    settings: current.settings,
  };
  const target = details as unknown as Record<string, unknown>;
  for (const key of SETTABLE) {
    const value = change[key];
    if (value === null) delete target[key];
    else if (value !== undefined) target[key] = value;
  }
  details.settings = resolvePlannerSettings(
    details.cadence,
    change.cadence ? (change.settings ?? {}) : { ...current.settings, ...change.settings },
  );
  const keepsApplication = !change.applicationId && !change.company && !change.role;
  details.applicationKey =
    change.applicationId ??
    (keepsApplication ? current.applicationKey : applicationKeyFor(details.company, details.role));
  const problems = interviewProblems(details);
  if (problems.length > 0) return { problems };
  const interview: Interview = { ...current, ...details };
  for (const key of CLEARABLE) if (!(key in details)) delete interview[key];
  return { interview };
}
