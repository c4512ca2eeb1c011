import { forwardFailedNote } from "../mail/inbound-timeline-words.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { PermanentSendError, TransientSendError } from "../ports/mailer.js";
import { noteInboundEvent } from "./note-inbound-event.js";
import type { Logger } from "./use-case-deps.js";

/** The mail service's answer as the timeline keeps it: enough to tell a refusal from a throttle, bounded. */
const MAX_WHY_CHARS = 300;

/**
 * A forward to the candidate that failed is put on the interview's timeline, the one place the candidate
 * looks besides their inbox: the log alone reached only the operator, and the message is not forwarded
 * again (a redelivered one is recognised as handled). Best effort: the message itself is already recorded.
 */
export async function noteForwardFailure(
  deps: { store: Pick<InterviewStore, "get" | "replace">; log: Logger },
  interviewId: string,
  input: { at: string; what: string; error: unknown },
): Promise<void> {
  const { error } = input;
  const why = (error instanceof Error ? error.message : String(error)).slice(0, MAX_WHY_CHARS);
  // Only these two mean nothing reached the mail service; any other error leaves the outcome unknown.
  const unknown = !(error instanceof PermanentSendError || error instanceof TransientSendError);
  try {
    await noteInboundEvent(deps.store, interviewId, {
      at: input.at,
      type: "inbound.forward_failed",
      detail: forwardFailedNote(input.what, why, unknown),
    });
  } catch (err) {
    deps.log.error("could not note a failed forward on the timeline", { interviewId, error: String(err) });
  }
}
