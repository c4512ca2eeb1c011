import type { DeliveryProblem } from "../domain/delivery-problem.js";

/**
 * The words the candidate reads about an address that bounced or marked an email as spam: the step's
 * reason and the timeline event. Kept together so the wording is in one room.
 */

const WORDING = { bounce: "bounced", complaint: "marked an email as spam" } as const;

/** Why a step to the address was skipped. */
export function deliveryProblemReason(kind: DeliveryProblem["kind"], email: string): string {
  return `${email} ${WORDING[kind]}`;
}

/** The timeline's note on the address. */
export function deliveryProblemNote(kind: DeliveryProblem["kind"], email: string): string {
  return `${deliveryProblemReason(kind, email)}: steps to it skipped`;
}
