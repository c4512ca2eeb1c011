import type { Interview } from "./interview.js";
import { isPendingStep } from "./step.js";

/** When the next pending step of the chain is planned (ISO instant), or null when none is pending. */
export function nextSendAt(interview: Pick<Interview, "steps">): string | null {
  const next = interview.steps
    .filter(isPendingStep)
    .map((s) => s.sendAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return next ?? null;
}
