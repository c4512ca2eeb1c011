import type { StepKind } from "../domain/step.js";

const LABELS: Record<StepKind, string> = {
  thank_you: "thank-you",
  panel_thanks: "panel thank-you",
  handwritten_note: "handwritten-note reminder",
  referrer_update: "update",
  pre_decision_nudge: "note before the decision",
  recruiter_check_in: "check-in",
  weekly_check_in: "check-in",
  rejection_reply: "reply to the decision",
  keep_in_touch: "keep-in-touch note",
};

/** A step kind as a candidate says it ("your thank-you to Dana Ortiz"), for notices and pages. */
export function stepKindLabel(kind: StepKind): string {
  return LABELS[kind];
}
