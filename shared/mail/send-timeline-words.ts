import type { Step } from "../domain/step.js";

/**
 * The words the candidate reads on the timeline about sending a step: sent, failed, not sent, moved or of
 * unknown delivery. Kept together so the wording is in one room.
 */

/** Why a step whose send was interrupted is `unknown`, and not sent again. */
export const UNKNOWN_DELIVERY_REASON =
  "the sender stopped mid-send; it may or may not have gone out, so it is not sent again";

export const UNKNOWN_DELIVERY_NOTE =
  "Delivery unknown after an interruption; not re-sent to avoid a duplicate.";

export function outsideWindowMovedNote(sendAt: string): string {
  return `Fired outside the send window; moved to ${sendAt}.`;
}

/**
 * Why a step was cancelled because its chain stopped (by the stop itself, or meanwhile for a released claim,
 * or at the claim): "chain replied", not "chain replied: replied", since a reply or a new round sets the
 * reason to the status.
 */
export function chainStoppedReason(chainStatus: string, why: string): string {
  return why === chainStatus ? `chain ${chainStatus}` : `chain ${chainStatus}: ${why}`;
}

export function chainNotSentNote(chainStatus: string): string {
  return `Not sent: chain ${chainStatus}.`;
}

export function notSentNote(reason: string): string {
  return `Not sent: ${reason}.`;
}

export function sendFailedNote(message: string): string {
  return `Could not be sent: ${message}`;
}

export function stepSentNote(step: Pick<Step, "channel" | "to" | "kind">): string {
  return `${step.channel === "email" ? "Email" : "Reminder"} sent to ${step.to.email}: ${step.kind.replace(/_/g, " ")}.`;
}
