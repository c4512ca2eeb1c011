import type { Interview } from "./interview.js";

/** Everyone the chain writes to on the candidate's behalf: who may answer for it. */
export function contactAddresses(
  interview: Pick<Interview, "interviewers" | "recruiter" | "referrer">,
): string[] {
  return [
    ...interview.interviewers.flatMap((c) => (c.email ? [c.email] : [])),
    ...(interview.recruiter ? [interview.recruiter.email] : []),
    ...(interview.referrer ? [interview.referrer.email] : []),
  ];
}
