/**
 * The words the candidate reads about an address that unsubscribed: the step's reason and the timeline
 * event. Kept together so the wording is in one room.
 */

/** Why a step to the address was cancelled. */
export function unsubscribedReason(email: string): string {
  return `${email} unsubscribed`;
}

/** The timeline's note on the address, with how it unsubscribed when known. */
export function unsubscribedNote(email: string, how?: string): string {
  return `${email} unsubscribed${how ? ` (${how})` : ""}: steps to it cancelled`;
}
