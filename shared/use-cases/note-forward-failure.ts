import { withEvent } from "../domain/with-event.js";
import { forwardFailedNote } from "../mail/inbound-timeline-words.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { PermanentSendError, TransientSendError } from "../ports/mailer.js";
import { mutateInterview } from "./mutate-interview.js";
import { giveForwardBack } from "./reserve-forward.js";
import type { Logger } from "./use-case-deps.js";

/** The mail service's answer as the timeline keeps it: enough to tell a refusal from a throttle, bounded. */
const MAX_WHY_CHARS = 300;

/**
 * A forward to the candidate that failed is put on the interview's timeline, the one place the candidate
 * looks besides their inbox: the log alone reached only the operator, and the message is not forwarded
 * again (a redelivered one is recognised as handled). When nothing reached the mail service, the same
 * write gives the day's forward back (the daily forward limit counts forwards the candidate got, and
 * a refused one was not); an unknown outcome keeps it counted, as the mail may have gone. Best effort: the
 * message itself is already recorded, so a failed write is logged, and the forward stays counted.
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
    await mutateInterview(deps.store, interviewId, undefined, (current) => {
      const noted = withEvent(current, {
        at: input.at,
        type: "inbound.forward_failed",
        detail: forwardFailedNote(input.what, why, unknown),
      });
      return unknown ? noted : giveForwardBack(noted, input.at);
    });
  } catch (err) {
    deps.log.error("could not note a failed forward on the timeline", { interviewId, error: String(err) });
  }
}
