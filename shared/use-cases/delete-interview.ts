import { sentEmailRecipients } from "../domain/sent-email-recipients.js";
import { isPendingStep } from "../domain/step.js";
import type { UnsubscribeArchive } from "../ports/unsubscribe-archive.js";
import { getInterview } from "./get-interview.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import type { Precondition } from "./precondition.js";
import { removeSchedules } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface DeleteDeps extends ChainDeps<"get" | "replace" | "remove"> {
  unsubscribeArchive: UnsubscribeArchive;
}

/**
 * Erases the interview, then its pending schedules (which would only find nothing to send). Just before
 * the delete it keeps the owner and the addresses its emails went to, and nothing more, so that the
 * unsubscribe links in those emails keep working once the interview is gone. If the delete then fails (a
 * concurrent change), the record is harmless and the retry writes it again.
 */
export async function deleteInterview(
  deps: DeleteDeps,
  request: { owner: string; id: string; precondition?: Precondition | undefined },
): Promise<void> {
  const interview = await getInterview(deps, request);
  // Like a stop, a delete waits for a send in flight: once it answers, nothing of the chain leaves.
  const { before } = await mutateWhenSettled(
    deps,
    interview.id,
    request.owner,
    (current) => {
      request.precondition?.(current);
      return current;
    },
    async (current) => {
      const addresses = sentEmailRecipients(current);
      if (Object.keys(addresses).length > 0) {
        await deps.unsubscribeArchive.keep(current.id, { owner: current.owner, addresses });
      }
      await deps.store.remove(current.id, current.version);
      return current;
    },
  );
  await removeSchedules(deps, before.steps.filter(isPendingStep));
}
