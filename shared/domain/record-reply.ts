import { addPlannedSteps } from "./add-planned-steps.js";
import type { Contact, Interview } from "./interview.js";
import { planCheckInAfterReply } from "./plan-check-in-after-reply.js";
import type { PlanWords } from "./plan-words.js";
import { type ContactRole, isPendingStep } from "./step.js";
import { type ChainStopWords, stopChain } from "./stop-chain.js";
import { withEvent } from "./with-event.js";

/** A person's reply as the chain records it. */
export interface ReplyToRecord {
  at: string;
  now: Date;
  stepId: string;
  /** The reply's own Message-ID: a redelivery carrying it is recognised. */
  messageRef?: string | undefined;
  /** What this writes for people to read (see shared/mail/chain-stop-words, inbound-timeline-words). */
  words: {
    /** The planner's, for the check-in after a decision date the reply names. */
    plan: PlanWords;
    /** The stop's, used when the reply stops the chain. */
    stop: ChainStopWords;
    /** The reply event's detail. */
    reply: string;
    /** Why a check-in an earlier reply planned is cancelled when this one names a new date. */
    replacedCheckIn: string;
  };
  /** A usable decision date the reply names. */
  decisionDate?: string | undefined;
  /** The contact who replied, when they are one: the check-in after the decision date goes to them. */
  replier?: { contact: Contact; role: ContactRole } | undefined;
}

/**
 * The chain after a person's reply. It stops a running chain (or one that just ran out of steps and was
 * still waiting for this answer); an outcome the candidate already recorded stays as it is. A usable
 * decision date is kept and, when the replier is a contact, replaces the check-in an earlier reply
 * planned with one after that date. The reply goes on the timeline.
 */
export function recordReply(current: Interview, reply: ReplyToRecord): Interview {
  const { at } = reply;
  let next: Interview =
    current.status === "active" || current.status === "completed"
      ? stopChain(current, { status: "replied", reason: "replied", at }, reply.words.stop)
      : current;
  if (reply.decisionDate && next.status === "replied") {
    next = { ...next, decisionExpectedBy: reply.decisionDate };
    if (reply.replier) {
      next = {
        ...next,
        steps: next.steps.map((s) =>
          s.phase === "after_reply" && isPendingStep(s)
            ? { ...s, status: "cancelled" as const, reason: reply.words.replacedCheckIn, updatedAt: at }
            : s,
        ),
      };
      const planned = planCheckInAfterReply({
        details: next,
        now: reply.now,
        contact: reply.replier.contact,
        role: reply.replier.role,
        decisionDate: reply.decisionDate,
        words: reply.words.plan,
      });
      next = addPlannedSteps(next, planned, at);
    }
  }
  return withEvent(next, {
    at,
    type: "reply.received",
    stepId: reply.stepId,
    ...(reply.messageRef ? { ref: reply.messageRef } : {}),
    detail: reply.words.reply,
  });
}
