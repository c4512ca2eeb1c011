import type { Interview } from "../domain/interview.js";
import { persistently } from "./persistently.js";
import type { SendPorts } from "./send-ports.js";

/**
 * The stored item if its step carries `status` and this invocation's `claimId` (its claim, or its mark as
 * `unknown`): a write that timed out may have landed. Read with the settling writes' retries; undefined
 * when the step is not so, or cannot be read either.
 */
export async function landedWrite(
  deps: SendPorts,
  interviewId: string,
  stepId: string,
  status: "sending" | "unknown",
  claimId: string,
): Promise<Interview | undefined> {
  try {
    const item = await persistently(deps, () => deps.store.get(interviewId));
    const step = item?.steps.find((s) => s.id === stepId);
    return step?.status === status && step.claimId === claimId ? item : undefined;
  } catch {
    return undefined;
  }
}
