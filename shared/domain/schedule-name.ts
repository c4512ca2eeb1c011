/** One schedule per step; the name is derived so any component can find (or delete) a step's schedule. */
export function scheduleNameFor(interviewId: string, stepId: string): string {
  return `fu-${interviewId}-${stepId}`;
}
