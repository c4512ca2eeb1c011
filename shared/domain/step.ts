import type { EmailAsSent } from "./email-as-sent.js";

/** The kinds of follow-up the planner makes, in the order a chain usually plays them. */
export const STEP_KINDS = [
  "thank_you",
  "panel_thanks",
  "handwritten_note",
  "referrer_update",
  "pre_decision_nudge",
  "recruiter_check_in",
  "weekly_check_in",
  "rejection_reply",
  "keep_in_touch",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** `email`: sent to the contact on the candidate's behalf. `reminder`: emailed to the candidate, with a draft. */
export type StepChannel = "email" | "reminder";

export const STEP_STATUSES = [
  "unscheduled",
  "scheduled",
  "sending",
  "sent",
  "skipped",
  "cancelled",
  "failed",
  "unknown",
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Statuses from which a step can still be claimed and sent. */
export const PENDING_STEP_STATUSES: readonly StepStatus[] = ["unscheduled", "scheduled"];

export type ContactRole = "interviewer" | "recruiter" | "referrer" | "candidate";

/**
 * `chain`: sent only while the chain is active. `after_rejection`: sent only after a `rejected` stop.
 * `after_reply`: sent only while the chain is `replied` (the check-in after a decision date a reply named).
 */
export type StepPhase = "chain" | "after_rejection" | "after_reply";

export interface StepAddress {
  name: string;
  email: string;
}

export interface StepContact extends StepAddress {
  role: ContactRole;
}

/** A step as the planner proposes it: when, to whom, and which rule made it. */
export interface PlannedStep {
  kind: StepKind;
  channel: StepChannel;
  /** Who receives the email: the contact for `email`, the candidate for `reminder`. */
  to: StepAddress;
  /** The person the follow-up is about or addressed to; absent for steps about several people. */
  contact?: StepContact;
  /** ISO 8601 with the offset of `timezone`, to the minute. */
  sendAt: string;
  /** IANA zone the send time was planned in (the recipient's). */
  timezone: string;
  phase: StepPhase;
  /** Stable name of the planner rule that made this step, e.g. `thank-you.next-business-morning`. */
  rule: string;
  /** One sentence a candidate can read: why this step, why then. */
  why: string;
}

/** A planned step once it belongs to a stored chain. */
export interface Step extends PlannedStep {
  id: string;
  status: StepStatus;
  /** Why the step is skipped, cancelled, failed or unknown. */
  reason?: string;
  scheduleName: string;
  /** When the sender claimed it (`sending`); an old claim means a sender crashed mid-send. */
  claimedAt?: string;
  /**
   * With `sending`: the real time (epoch ms, never the shifted local clock) after which this claim's
   * sender will not start its SES call any more. A stop waits for it (see claim-window.ts).
   */
  dispatchBy?: number;
  /**
   * With `sending`: a random id of the claim, so its sender can tell its own claim from a rival's. With
   * `unknown`: the id of the invocation that marked it so, the one that tells the candidate.
   */
  claimId?: string;
  /**
   * Where a snooze or an out-of-office moved this pending step (its `sendAt` then): a re-plan after an edit
   * never brings it back before this, so a later change of the decision date undoes neither. On a nudge the
   * move cancelled (it would have gone past the decision date), where it would have gone.
   */
  heldUntil?: string;
  sentAt?: string;
  sesMessageId?: string;
  messageId?: string;
  /**
   * With `sent`: what went out (recipients, subject, plain text as handed to the provider), the text cut to
   * a bounded length and to the interview's shared budget (`truncated` then set; see fit-sent-email-budget.ts)
   * so the item stays far below DynamoDB's 400 KB.
   */
  sentEmail?: EmailAsSent;
  updatedAt: string;
}

/** Kinds that chase an answer: they count toward the cap of unanswered follow-ups per contact. */
export const FOLLOW_UP_KINDS: readonly StepKind[] = [
  "pre_decision_nudge",
  "recruiter_check_in",
  "weekly_check_in",
];

/** Statuses that mean an email may have reached the contact. */
export const DELIVERED_STEP_STATUSES: readonly StepStatus[] = ["sending", "sent", "unknown"];

export function isPendingStep(step: Pick<Step, "status">): boolean {
  return PENDING_STEP_STATUSES.includes(step.status);
}
