import type { Interview } from "../domain/interview.js";

/**
 * What a person who pressed a button of the manage page reads (plain text): the chain stopped, or moved a
 * week later with the next follow-up's time, or already snoozed a moment ago.
 */
export function manageConfirmation(
  outcome: { action: "stop" | "snooze"; interview: Pick<Interview, "role" | "company">; repeated?: boolean },
  nextSendAt: string | null,
): string {
  const about = `${outcome.interview.role} at ${outcome.interview.company}`;
  if (outcome.action === "stop") return `Stopped: no more follow-ups will be sent for ${about}.\n`;
  if (outcome.repeated)
    return `Already snoozed a moment ago: the follow-ups for ${about} were not moved again.\n`;
  return `Snoozed: the follow-ups for ${about} moved a week later.${nextSendAt ? ` The next one is planned for ${nextSendAt}.` : ""}\n`;
}
