import { isPendingStep } from "../domain/step.js";
import { getInterview } from "./get-interview.js";
import { removeSchedules } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** Erases the interview, then its pending schedules (which would only find nothing to send). */
export async function deleteInterview(
  deps: ChainDeps,
  request: { owner: string; id: string },
): Promise<void> {
  const interview = await getInterview(deps, request);
  await deps.store.remove(interview.id, interview.version);
  await removeSchedules(deps, interview.steps.filter(isPendingStep));
}
