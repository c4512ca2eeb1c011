import { isPendingStep } from "../domain/step.js";
import { getInterview } from "./get-interview.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import { removeSchedules } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** Erases the interview, then its pending schedules (which would only find nothing to send). */
export async function deleteInterview(
  deps: ChainDeps,
  request: { owner: string; id: string },
): Promise<void> {
  const interview = await getInterview(deps, request);
  // Like a stop, a delete waits for a send in flight: once it answers, nothing of the chain leaves.
  const { before } = await mutateWhenSettled(
    deps,
    interview.id,
    request.owner,
    (current) => current,
    async (current) => {
      await deps.store.remove(current.id, current.version);
      return current;
    },
  );
  await removeSchedules(deps, before.steps.filter(isPendingStep));
}
