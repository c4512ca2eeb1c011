import { stepDuePayload } from "../../../shared/domain/step-due-payload.js";

type Handler = (event: unknown) => Promise<void>;

export interface Fire {
  interviewId: string;
  stepId: string;
}

/**
 * Invokes the sender Lambda's handler (the same entry the scheduler emulator runs) the way EventBridge
 * Scheduler does. `fire` answers `retry` when the handler threw, which is the sender asking the scheduler
 * for another attempt later (its retry policy); the caller re-fires it after the clock has moved on.
 * `ClaimInProgressError` (another invocation holds the claim) is such a request too, and the normal one
 * under concurrency; any other error is noted in `errors`. Import only after the stack has set the
 * environment: the handler reads it once.
 */
export async function loadSender() {
  const { handler } = (await import("../../../functions/sender.js")) as { handler: Handler };
  const errors: string[] = [];
  async function fire(f: Fire): Promise<"done" | "retry"> {
    try {
      await handler(stepDuePayload(f.interviewId, f.stepId));
      return "done";
    } catch (err) {
      const name = (err as Error).name;
      if (name !== "ClaimInProgressError")
        errors.push(`${f.interviewId}/${f.stepId}: ${name}: ${(err as Error).message.slice(0, 160)}`);
      return "retry";
    }
  }
  return { fire, errors };
}
