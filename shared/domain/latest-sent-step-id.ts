import { compareCodeUnits } from "./compare-code-units.js";
import type { Interview } from "./interview.js";

/** The step a message to the interview's own address is recorded against: the last one sent, else the first. */
export function latestSentStepId(interview: Pick<Interview, "steps">): string {
  const sent = interview.steps
    .filter((s) => s.sentAt !== undefined)
    .sort((a, b) => compareCodeUnits(a.sentAt ?? "", b.sentAt ?? ""));
  return sent[sent.length - 1]?.id ?? interview.steps[0]?.id ?? "";
}
