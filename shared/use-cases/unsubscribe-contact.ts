import { isInterviewId } from "../domain/is-interview-id.js";
import { NotFoundError } from "../errors/app-error.js";
import type { SuppressionList } from "../ports/suppression-list.js";
import { removeSchedules } from "./schedule-steps.js";
import { stopAddressForOwner } from "./stop-address-for-owner.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface UnsubscribeDeps extends ChainDeps {
  suppressions: SuppressionList;
}

/**
 * A contact used the one-click unsubscribe link of one of our emails (RFC 8058): that owner never emails
 * the address again. The address is suppressed for the owner (so steps planned later are skipped when they
 * fire), and every pending step to it, in any of the owner's interviews, is cancelled now with a timeline
 * event. Idempotent: mail clients and people click twice. The caller has verified the signed token.
 */
export async function unsubscribeContact(
  deps: UnsubscribeDeps,
  target: { interviewId: string; stepId: string },
): Promise<{ stepsCancelled: number }> {
  const interview = isInterviewId(target.interviewId) ? await deps.store.get(target.interviewId) : undefined;
  const step = interview?.steps.find((s) => s.id === target.stepId);
  // Only emails to contacts carry the link; the candidate stops a chain through the API instead.
  if (!interview || !step || step.channel !== "email") throw new NotFoundError("Unsubscribe link");
  const email = step.to.email.toLowerCase();
  const at = deps.clock.now().toISOString();
  await deps.suppressions.suppress(interview.owner, email, "unsubscribed", at);
  const cancelled = await stopAddressForOwner(
    deps,
    interview.owner,
    {
      email,
      status: "cancelled",
      reason: `${email} unsubscribed`,
      event: { type: "contact.unsubscribed", detail: `${email} unsubscribed: steps to it cancelled` },
      at,
    },
    interview.id,
  );
  // Clean-up only: a schedule that survives fires and finds its step cancelled.
  await removeSchedules(deps, cancelled);
  return { stepsCancelled: cancelled.length };
}
