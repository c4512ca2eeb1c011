import { hasEmail } from "./has-email.js";
import type { Contact, Interview } from "./interview.js";
import type { ContactRole } from "./step.js";

/** The interview's contact with this (lower-cased) address, and their role. */
export function contactOf(
  interview: Pick<Interview, "interviewers" | "recruiter" | "referrer">,
  email: string,
): { contact: Contact; role: ContactRole } | undefined {
  const same = (c?: { email: string }) => c?.email.toLowerCase() === email;
  if (interview.recruiter && same(interview.recruiter))
    return { contact: interview.recruiter, role: "recruiter" };
  const interviewer = interview.interviewers.filter(hasEmail).find(same);
  if (interviewer) return { contact: interviewer, role: "interviewer" };
  if (interview.referrer && same(interview.referrer))
    return { contact: interview.referrer, role: "referrer" };
  return undefined;
}
