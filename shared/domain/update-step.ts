import type { Interview } from "./interview.js";
import { isPendingStep, type Step } from "./step.js";

/** The interview with one step changed. */
export function updateStep(interview: Interview, id: string, change: Partial<Step>): Interview {
  return { ...interview, steps: interview.steps.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

/** An active chain whose every step is settled (nothing pending, nothing in flight) is complete. */
export function completeIfSettled(interview: Interview): Interview {
  const done =
    interview.status === "active" &&
    interview.steps.every((s) => !isPendingStep(s) && s.status !== "sending");
  return done ? { ...interview, status: "completed" } : interview;
}
