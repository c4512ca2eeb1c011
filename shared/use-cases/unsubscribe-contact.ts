import { isInterviewId } from "../domain/is-interview-id.js";
import { NotFoundError } from "../errors/app-error.js";
import type { SuppressionList } from "../ports/suppression-list.js";
import type { UnsubscribeArchive } from "../ports/unsubscribe-archive.js";
import { unsubscribeAddress } from "./unsubscribe-address.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface UnsubscribeDeps extends ChainDeps<"get" | "replace" | "listByOwner"> {
  suppressions: SuppressionList;
  unsubscribeArchive: UnsubscribeArchive;
}

/** Whose follow-ups the link's email was, and to which address: from the interview, or once it is deleted, from the archive. */
async function recipientOf(
  deps: UnsubscribeDeps,
  target: { interviewId: string; stepId: string },
): Promise<{ owner: string; email: string; interviewId?: string }> {
  if (!isInterviewId(target.interviewId)) throw new NotFoundError("Unsubscribe link");
  const interview = await deps.store.get(target.interviewId);
  if (interview) {
    const step = interview.steps.find((s) => s.id === target.stepId);
    // Only emails to contacts carry the link; the candidate stops a chain through the API instead.
    if (step?.channel !== "email") throw new NotFoundError("Unsubscribe link");
    return { owner: interview.owner, email: step.to.email.toLowerCase(), interviewId: interview.id };
  }
  const archived = await deps.unsubscribeArchive.find(target.interviewId);
  const email = archived?.addresses[target.stepId];
  if (!archived || !email) throw new NotFoundError("Unsubscribe link");
  return { owner: archived.owner, email };
}

/**
 * A contact used the one-click unsubscribe link of one of our emails (RFC 8058): that owner never emails
 * the address again. The address is suppressed for the owner (so steps planned later are skipped when they
 * fire), and every pending step to it, in any of the owner's interviews, is cancelled now with a timeline
 * event. Idempotent: mail clients and people click twice. The caller has verified the signed token. It
 * works after the interview is deleted too (its recipients are archived then): an email stays in an inbox.
 */
export async function unsubscribeContact(
  deps: UnsubscribeDeps,
  target: { interviewId: string; stepId: string },
): Promise<{ stepsCancelled: number }> {
  const { owner, email, interviewId } = await recipientOf(deps, target);
  const stepsCancelled = await unsubscribeAddress(deps, { owner, email, originId: interviewId });
  return { stepsCancelled };
}
