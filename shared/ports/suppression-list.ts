/** Why an address stopped receiving follow-ups from one owner. */
export type SuppressionReason = "bounced" | "complained" | "unsubscribed";

export interface Suppression {
  /** Lower-cased. */
  email: string;
  reason: SuppressionReason;
  /** ISO 8601: when the first reason was recorded. */
  at: string;
}

/**
 * Addresses one owner must not email any more. Owner-scoped on purpose: a recruiter who unsubscribes from
 * one candidate's follow-ups has said nothing about another candidate's. Addresses compare case-insensitively.
 */
export interface SuppressionList {
  /** The suppression of `email` for `owner` (its first reason), or undefined when it may be emailed. */
  isSuppressed(owner: string, email: string): Promise<Suppression | undefined>;
  /** Records it; the first reason is kept. Resolves true when it was not suppressed before. */
  suppress(owner: string, email: string, reason: SuppressionReason, at: string): Promise<boolean>;
}
