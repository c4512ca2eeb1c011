import { isPendingStep, type Step } from "./step.js";

type Settled = Pick<Step, "kind" | "status" | "contact" | "sendAt" | "sentAt" | "claimedAt">;

/** A thank-you's kind and contact (none for the panel's thanks): how replanChain matches it. */
const keyOf = (step: Pick<Step, "kind" | "contact">): string =>
  `${step.kind}|${step.contact?.email.trim().toLowerCase() ?? ""}`;

/**
 * When a chain's thank-you already went out (or was attempted, or skipped), by the planned step that
 * stands for it. A re-plan never sends it again (replanChain), so the recruiter's follow-ups wait for the
 * day it went, not for the fresh slot after now the planner would give it: an edit on the morning of a
 * check-in would otherwise push the check-in a business day past "the last thank-you", a week after it went.
 */
export function settledThankYouAt(
  steps: readonly Settled[] = [],
): (planned: Pick<Step, "kind" | "contact">) => Date | undefined {
  const settled = new Map<string, Date>();
  for (const step of steps) {
    if (step.kind !== "thank_you" && step.kind !== "panel_thanks") continue;
    if (step.status === "cancelled" || isPendingStep(step)) continue;
    const at = new Date(step.sentAt ?? step.claimedAt ?? step.sendAt);
    const key = keyOf(step);
    const known = settled.get(key);
    if (!Number.isNaN(at.getTime()) && (!known || at > known)) settled.set(key, at);
  }
  return (planned) => settled.get(keyOf(planned));
}
