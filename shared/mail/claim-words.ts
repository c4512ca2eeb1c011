import type { ClaimWords } from "../domain/decide-claim.js";
import { chainStoppedReason } from "./send-timeline-words.js";

/**
 * Why a firing left its step unsent: a cancelled or skipped step's reason, which the candidate reads on
 * the timeline, and why a firing did nothing, which the sender logs.
 */
export const claimWords: ClaimWords = {
  noSuchStep: "no such step",
  claimedByAnother: "another sender is sending it",
  alreadySettled: (step) => `already ${step.status}`,
  chainStopped: ({ status, stopReason }) => chainStoppedReason(status, stopReason ?? status),
  notDueYet: (step) => `not due until ${step.sendAt}`,
  laterFollowUpDue: (step, later) =>
    `a later follow-up to ${step.to.email} (${later.id}) is due too; only that one goes`,
  laterFollowUpWent: (step, later) => `a later follow-up to ${step.to.email} (${later.id}) already went`,
  laterFollowUpBySlot: (step, later) =>
    `a later follow-up to ${step.to.email} (${later.id}) goes by then; only that one goes`,
};
