import type { InterviewDetails } from "./interview.js";

/**
 * The contact addresses of an interview (interviewers, recruiter, referrer), lower-cased and distinct:
 * what the distinct-contact and contact-replacement quotas count. The candidate is not a contact.
 */
export function quotaContactAddresses(
  interview: Partial<Pick<InterviewDetails, "interviewers" | "recruiter" | "referrer">>,
): string[] {
  const people = [...(interview.interviewers ?? []), interview.recruiter, interview.referrer];
  // An interviewer without an address is no contact of ours: only the recruiter hears of them.
  const emails = people.flatMap((p) => (p?.email ? [p.email.trim().toLowerCase()] : []));
  return [...new Set(emails)].sort();
}
