import type { PlannedStep } from "./api-types";

const KIND_LABELS: Record<string, string> = {
  thank_you: "Thank-you",
  panel_thanks: "Panel thank-you",
  handwritten_note: "Handwritten-note reminder",
  referrer_update: "Update to the referrer",
  pre_decision_nudge: "Note before the decision",
  recruiter_check_in: "Check-in",
  weekly_check_in: "Weekly check-in",
  rejection_reply: "Reply to the decision",
  keep_in_touch: "Keep-in-touch note",
};

/** A step kind as a person says it. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replaceAll("_", " ");
}

/** `Thank-you to Dana Ortiz` (an email) or `Handwritten-note reminder to you` (a reminder). */
export function stepTitle(step: Pick<PlannedStep, "kind" | "channel" | "to">): string {
  const to = step.channel === "reminder" ? "you" : step.to.name || step.to.email;
  return `${kindLabel(step.kind)} to ${to}`;
}

/** Statuses of steps that will still go out. */
export const PENDING_STATUSES = ["unscheduled", "scheduled"];
