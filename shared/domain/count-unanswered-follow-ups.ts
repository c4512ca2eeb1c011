import type { Interview } from "./interview.js";
import { quotaContactAddresses } from "./quota-contact-addresses.js";
import { DELIVERED_STEP_STATUSES, FOLLOW_UP_KINDS, type Step } from "./step.js";

const byInterviewDate = (a: Interview, b: Interview) =>
  Date.parse(a.interviewedAt) - Date.parse(b.interviewedAt);

function deliveredFollowUpTo(step: Step): string | undefined {
  if (!FOLLOW_UP_KINDS.includes(step.kind) || !DELIVERED_STEP_STATUSES.includes(step.status))
    return undefined;
  return step.contact?.email.toLowerCase();
}

/**
 * Follow-ups that may have reached each contact (key: lower-cased email) and were never answered.
 *
 * `rounds`: earlier rounds of one application. A round that ended in a reply answered everything before
 * it, so counting restarts after the latest replied round.
 *
 * `reaching`: the owner's other interviews that reach the same addresses, whatever their application (the
 * caller chooses `applicationId`, so the per-application count alone can be dodged by filing each
 * interview under a new one). Per address, counting restarts after the latest of those interviews that was
 * answered (`replied`) and had the address as a contact. Each address gets the larger of the two counts.
 */
export function countUnansweredFollowUps(
  rounds: readonly Interview[],
  reaching: readonly Interview[] = [],
): Record<string, number> {
  const ordered = [...rounds].sort(byInterviewDate);
  const lastReplied = ordered.map((r) => r.status).lastIndexOf("replied");
  const counts: Record<string, number> = {};
  for (const round of ordered.slice(lastReplied + 1)) {
    for (const step of round.steps) {
      const email = deliveredFollowUpTo(step);
      if (email) counts[email] = (counts[email] ?? 0) + 1;
    }
  }
  for (const [email, n] of Object.entries(countPerAddress(reaching))) {
    counts[email] = Math.max(counts[email] ?? 0, n);
  }
  return counts;
}

function countPerAddress(interviews: readonly Interview[]): Record<string, number> {
  const unique = [...new Map(interviews.map((i) => [i.id, i])).values()].sort(byInterviewDate);
  /** Per address: the interviews reaching it, oldest first. */
  const byAddress = new Map<string, Interview[]>();
  for (const interview of unique) {
    const addresses = new Set(quotaContactAddresses(interview));
    for (const step of interview.steps) {
      const email = deliveredFollowUpTo(step);
      if (email) addresses.add(email);
    }
    for (const email of addresses) byAddress.set(email, [...(byAddress.get(email) ?? []), interview]);
  }
  const counts: Record<string, number> = {};
  for (const [email, list] of byAddress) {
    const since = list.map((i) => i.status).lastIndexOf("replied") + 1;
    const n = list
      .slice(since)
      .flatMap((i) => i.steps)
      .filter((s) => deliveredFollowUpTo(s) === email).length;
    if (n > 0) counts[email] = n;
  }
  return counts;
}
