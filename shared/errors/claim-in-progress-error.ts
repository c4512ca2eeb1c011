/** A fresh claim by another invocation: thrown so the scheduler retries once that one has finished or died. */
export class ClaimInProgressError extends Error {
  constructor(interviewId: string, stepId: string) {
    super(`Step ${stepId} of ${interviewId} is being sent by another invocation; retry later.`);
    this.name = "ClaimInProgressError";
  }
}
