import { isPendingStep, type Step } from "./step.js";

type Settled = Pick<Step, "kind" | "rule" | "status" | "contact" | "sendAt" | "sentAt" | "claimedAt">;
type Planned = Pick<Step, "kind" | "rule" | "contact">;

/** A step's kind (and a recruiter check-in's rule) and contact: how replanChain matches it. */
const keyOf = (step: Planned): string =>
  `${step.kind === "recruiter_check_in" ? `${step.kind}:${step.rule}` : step.kind}|${step.contact?.email.trim().toLowerCase() ?? ""}`;

/**
 * When the `nth` step of a planned step's kind to its contact already went out (or was attempted, or
 * skipped) in a chain being re-planned. A re-plan never sends it again (replanChain), so what is timed from
 * it (the recruiter's follow-ups after the last thank-you, a weekly check-in after the previous one) is
 * timed from when it went, not from the fresh slot after now the planner would give it: an edit would
 * otherwise push every later follow-up past the edit, while their `why` still counted from the step before.
 */
export function settledStepAt(
  steps: readonly Settled[] = [],
): (planned: Planned, nth?: number) => Date | undefined {
  const byKey = new Map<string, Settled[]>();
  for (const step of steps) {
    if (step.status === "cancelled") continue;
    const key = keyOf(step);
    byKey.set(key, [...(byKey.get(key) ?? []), step]);
  }
  for (const list of byKey.values()) list.sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
  return (planned, nth = 1) => {
    const step = byKey.get(keyOf(planned))?.[nth - 1];
    if (!step || isPendingStep(step)) return undefined;
    const at = new Date(step.sentAt ?? step.claimedAt ?? step.sendAt);
    return Number.isNaN(at.getTime()) ? undefined : at;
  };
}
