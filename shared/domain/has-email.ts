import type { Contact, Interviewer } from "./interview.js";

/** An interviewer whose address the candidate gave: a contact in their own right. */
export function hasEmail(interviewer: Interviewer): interviewer is Interviewer & Contact {
  return typeof interviewer.email === "string" && interviewer.email.trim() !== "";
}
