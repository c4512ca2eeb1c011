import { nextSendAt } from "../domain/next-send-at.js";
import type { ManageOutcome } from "../use-cases/manage-interview.js";

/** What a candidate who pressed a button of the manage page reads in the browser. */
export function manageConfirmation(outcome: ManageOutcome): string {
  const about = `${outcome.interview.role} at ${outcome.interview.company}`;
  if (outcome.action === "stop") return `Stopped: no more follow-ups will be sent for ${about}.\n`;
  if (outcome.repeated)
    return `Already snoozed a moment ago: the follow-ups for ${about} were not moved again.\n`;
  const next = nextSendAt(outcome.interview);
  return `Snoozed: the follow-ups for ${about} moved a week later.${next ? ` The next one is planned for ${next}.` : ""}\n`;
}
