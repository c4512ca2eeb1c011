import { addPlannedSteps } from "../domain/add-planned-steps.js";
import type { Interview, StopReason } from "../domain/interview.js";
import { newlyCancelledSteps } from "../domain/newly-cancelled-steps.js";
import { planAfterRejection } from "../domain/plan-after-rejection.js";
import { isPendingStep } from "../domain/step.js";
import { stopChain } from "../domain/stop-chain.js";
import { ChainNotActiveError } from "../errors/chain-not-active-error.js";
import { chainStopWords } from "../mail/chain-stop-words.js";
import { stoppedNote } from "../mail/chain-timeline-words.js";
import { stepWhyWords } from "../mail/plan-words.js";
import { mutateWhenSettled } from "./mutate-when-settled.js";
import type { Precondition } from "./precondition.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/**
 * The candidate records an outcome. The stop is one conditional write, made once no sender in flight can
 * still start an SES call: from then on no email of the chain leaves, and its timeline event says what had. A rejection adds a gracious reply and a keep-in-touch note, which only a rejection stop
 * lets through. Stopping again with the same reason is a no-op, so a retried request is safe.
 */
export async function stopInterview(
  deps: ChainDeps<"get" | "replace">,
  request: {
    owner: string;
    id: string;
    reason: StopReason;
    note?: string | undefined;
    precondition?: Precondition | undefined;
  },
): Promise<Interview> {
  const { before, after, changed } = await mutateWhenSettled(deps, request.id, request.owner, (current) => {
    request.precondition?.(current);
    // The time of the write, not of the request: a stop that waited for a send in flight comes after it.
    const now = deps.clock.now();
    const at = now.toISOString();
    if (current.status === "stopped" && current.stopReason === request.reason) return undefined;
    // An outcome usually comes after the recruiter answered (`replied`) or after the last check-in
    // (`completed`): any reason may be recorded then. On a stopped chain only `cancelled` is, to end what
    // it may still send (a rejection's notes). A superseded round is done with.
    const open =
      current.status === "active" || current.status === "replied" || current.status === "completed";
    const cancellable = current.status === "stopped" && request.reason === "cancelled";
    if (!open && !cancellable) {
      throw new ChainNotActiveError(current);
    }
    // Cancelling a stopped chain only ends what it may still send: the outcome it recorded (offer,
    // rejected, withdrawn) stays, as insights count it. With nothing pending (the Stop link of an old
    // reminder after an offer), it changes nothing.
    if (cancellable && !current.steps.some(isPendingStep)) return undefined;
    const stop = { status: "stopped", reason: request.reason, at } as const;
    const stopped = stopChain(
      current,
      cancellable ? { ...stop, reason: current.stopReason ?? request.reason } : stop,
      chainStopWords(current, stop, stoppedNote(request.reason, request.note)),
    );
    if (request.reason !== "rejected") return stopped;
    return addPlannedSteps(
      stopped,
      planAfterRejection({ details: current, now, stoppedAt: now, words: stepWhyWords }),
      at,
    );
  });
  if (!changed) return after;
  await removeSchedules(deps, newlyCancelledSteps(before, after));
  const added = after.steps.filter((s) => !before.steps.some((b) => b.id === s.id));
  return scheduleSteps(deps, after, added);
}
