import type { Step } from "./api-types";
import { PENDING_STATUSES } from "./step-words";

/** The step that goes out next: the earliest one still pending. */
export function nextStep(steps: readonly Step[]): Step | undefined {
  return steps
    .filter((s) => PENDING_STATUSES.includes(s.status))
    .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt))[0];
}
