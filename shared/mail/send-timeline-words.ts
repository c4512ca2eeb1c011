import type { Step } from "../domain/step.js";

/**
 * The words the candidate reads on the timeline about sending a step: sent, failed, not sent, moved or of
 * unknown delivery. Kept together so the wording is in one room.
 */

export const UNKNOWN_DELIVERY_NOTE =
  "Delivery unknown after an interruption; not re-sent to avoid a duplicate.";

export function outsideWindowMovedNote(sendAt: string): string {
  return `Fired outside the send window; moved to ${sendAt}.`;
}

export function chainNotSentNote(chainStatus: string): string {
  return `Not sent: chain ${chainStatus}.`;
}

export function sendFailedNote(message: string): string {
  return `Could not be sent: ${message}`;
}

export function stepSentNote(step: Pick<Step, "channel" | "to" | "kind">): string {
  return `${step.channel === "email" ? "Email" : "Reminder"} sent to ${step.to.email}: ${step.kind.replace(/_/g, " ")}.`;
}
