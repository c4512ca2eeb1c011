import { unsubscribedNote, unsubscribedReason } from "../mail/unsubscribe-words.js";
import type { SuppressionList } from "../ports/suppression-list.js";
import { removeSchedules } from "./schedule-steps.js";
import { stopAddressForOwner } from "./stop-address-for-owner.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface UnsubscribeAddressDeps extends ChainDeps<"get" | "replace" | "listByOwner"> {
  suppressions: SuppressionList;
}

/**
 * A contact asked this owner to stop writing to them: the address is suppressed for the owner (steps planned
 * later are skipped when they fire) and every pending step to it, in any of the owner's interviews, is
 * cancelled now with a timeline event (`originId` always gets one). Idempotent. Answers the steps cancelled.
 */
export async function unsubscribeAddress(
  deps: UnsubscribeAddressDeps,
  request: { owner: string; email: string; originId?: string | undefined; how?: string },
): Promise<number> {
  const email = request.email.trim().toLowerCase();
  const at = deps.clock.now().toISOString();
  await deps.suppressions.suppress(request.owner, email, "unsubscribed", at);
  const cancelled = await stopAddressForOwner(
    deps,
    request.owner,
    {
      email,
      status: "cancelled",
      reason: unsubscribedReason(email),
      event: {
        type: "contact.unsubscribed",
        detail: unsubscribedNote(email, request.how),
      },
      at,
    },
    request.originId,
  );
  // Clean-up only: a schedule that survives fires and finds its step cancelled.
  await removeSchedules(deps, cancelled);
  return cancelled.length;
}
