import type { Interview } from "./api-types";

/**
 * The registration body an existing interview would have, with `patch` applied: what `POST /plan/preview`
 * takes to show the chain an edit would re-plan. `null` in the patch clears a field, as PATCH does.
 */
export function interviewInput(
  interview: Interview,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    company: interview.company,
    role: interview.role,
    round: interview.round,
    interviewedAt: interview.interviewedAt,
    timezone: interview.timezone,
    country: interview.country,
    region: interview.region,
    candidate: interview.candidate,
    interviewers: interview.interviewers,
    recruiter: interview.recruiter,
    referrer: interview.referrer,
    decisionExpectedBy: interview.decisionExpectedBy,
    mode: interview.mode,
    cadence: interview.cadence,
    ...patch,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== null));
}
