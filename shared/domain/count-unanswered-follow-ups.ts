import type { Interview } from "./interview.js";
import { DELIVERED_STEP_STATUSES, FOLLOW_UP_KINDS } from "./step.js";

/**
 * Follow-ups that may have reached each contact (key: lower-cased email) in earlier rounds of one
 * application and were never answered. A round that ended in a reply answered everything before it, so
 * counting restarts after the latest replied round.
 */
export function countUnansweredFollowUps(rounds: readonly Interview[]): Record<string, number> {
  const ordered = [...rounds].sort((a, b) => Date.parse(a.interviewedAt) - Date.parse(b.interviewedAt));
  const lastReplied = ordered.map((r) => r.status).lastIndexOf("replied");
  const counts: Record<string, number> = {};
  for (const round of ordered.slice(lastReplied + 1)) {
    for (const step of round.steps) {
      if (!FOLLOW_UP_KINDS.includes(step.kind) || !DELIVERED_STEP_STATUSES.includes(step.status)) continue;
      const email = step.contact?.email.toLowerCase();
      if (email) counts[email] = (counts[email] ?? 0) + 1;
    }
  }
  return counts;
}
