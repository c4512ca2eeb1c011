import type { SuppressionReason } from "./suppression-list.js";

export interface EmailGateRequest {
  owner: string;
  /** The contact's address (lower-cased by the gate). */
  email: string;
  /** `<interviewId>/<stepId>`: a step takes at most one of a day's emails, however often it is retried. */
  key: string;
  /** The UTC day (`dailyQuotaWindow(now).key`) whose emails it counts in. */
  day: string;
  /** The owner's emails to contacts a day; without it, only the suppression is checked. */
  limit?: number;
}

export type EmailGateAnswer =
  | { result: "passed" }
  | { result: "suppressed"; reason: SuppressionReason }
  | { result: "full" };

/**
 * The last check before an email to a contact leaves, in ONE conditional write on the owner's record
 * (issue 12): the address is not suppressed for the owner, and the step takes one of the day's emails
 * (or has one already). Refused, it says which: suppressed wins over full.
 */
export interface OwnerEmailGate {
  pass(request: EmailGateRequest): Promise<EmailGateAnswer>;
}
