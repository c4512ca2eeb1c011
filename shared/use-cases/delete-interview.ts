import { sentEmailRecipients } from "../domain/sent-email-recipients.js";
import { isPendingStep } from "../domain/step.js";
import type { UnsubscribeArchive } from "../ports/unsubscribe-archive.js";
import { getInterview } from "./get-interview.js";
import { removeSchedules } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface DeleteDeps extends ChainDeps {
  unsubscribeArchive: UnsubscribeArchive;
}

/**
 * Erases the interview, then its pending schedules (which would only find nothing to send). First it keeps
 * the owner and the addresses its emails went to, and nothing more, so that the unsubscribe links in those
 * emails keep working once the interview is gone. Written before the delete: if the delete then fails
 * (a concurrent change), the record is harmless and the retry writes it again.
 */
export async function deleteInterview(
  deps: DeleteDeps,
  request: { owner: string; id: string },
): Promise<void> {
  const interview = await getInterview(deps, request);
  const addresses = sentEmailRecipients(interview);
  if (Object.keys(addresses).length > 0) {
    await deps.unsubscribeArchive.keep(interview.id, { owner: interview.owner, addresses });
  }
  await deps.store.remove(interview.id, interview.version);
  await removeSchedules(deps, interview.steps.filter(isPendingStep));
}
