import type { Interview } from "../domain/interview.js";
import { composeUnknownDeliveryNotice } from "../mail/compose-unknown-delivery-notice.js";
import type { SendOutcome, SendPorts } from "./send-ports.js";

/**
 * The candidate learns by email, not only on the timeline, that an email to a contact may not have left:
 * they were in Cc, so they can check, and only they can decide to send it by hand. Called only by the
 * invocation whose "mark unknown" write is known to have landed (acknowledged, or read back carrying its
 * mark id): never before the state is durable, and once per step, since a retry finds the step `unknown`
 * with another invocation's mark and leaves it. Best effort: a failed notice must not make the scheduler
 * retry a settled step.
 */
async function tellCandidateDeliveryUnknown(deps: SendPorts, interview: Interview, stepId: string) {
  const step = interview.steps.find((s) => s.id === stepId);
  // Reminders are re-sent instead; only an email to a contact can end up unknown.
  if (step?.channel !== "email" || step.status !== "unknown") return;
  try {
    await deps.mailer.send(composeUnknownDeliveryNotice(interview, step));
  } catch (err) {
    deps.log.error("could not tell the candidate about a step of unknown delivery", {
      interviewId: interview.id,
      stepId,
      error: String(err),
    });
  }
}

/** Our "mark unknown" write is known to have landed on `stored`: the candidate is told, once. */
export async function markedUnknown(
  deps: SendPorts,
  stored: Interview,
  stepId: string,
): Promise<SendOutcome> {
  await tellCandidateDeliveryUnknown(deps, stored, stepId);
  return { result: "unknown", reason: "stale claim" };
}
