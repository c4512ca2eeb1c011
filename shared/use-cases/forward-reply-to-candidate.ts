import type { Interview } from "../domain/interview.js";
import type { ParsedInboundEmail } from "../inbound/inbound-email.js";
import { composeReplyForward, type DecisionDateNote } from "../mail/compose-reply-forward.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { Mailer } from "../ports/mailer.js";
import { noteForwardFailure } from "./note-forward-failure.js";
import type { Logger } from "./use-case-deps.js";

/**
 * The candidate gets the reply in their own inbox, with a Reply-To that answers the contact directly.
 * Resolves with whether it went. A failure is logged and noted on the timeline, not thrown: the stop is
 * what matters, it is written, and the reply is on the timeline.
 */
export async function forwardReplyToCandidate(
  deps: { mailer: Mailer; log: Logger; store: Pick<InterviewStore, "get" | "replace"> },
  interview: Interview,
  email: ParsedInboundEmail,
  input: { decision: DecisionDateNote | undefined; at: string; name: string },
): Promise<boolean> {
  const { from, subject, text, messageId } = email;
  try {
    await deps.mailer.send(
      composeReplyForward({ interview, from, subject, text, messageId, decision: input.decision }),
    );
    return true;
  } catch (error) {
    deps.log.error("could not forward a reply to the candidate", {
      interviewId: interview.id,
      error: String(error),
    });
    const what = `The reply from ${input.name.slice(0, 200)}`;
    await noteForwardFailure(deps, interview.id, { at: input.at, what, error });
    return false;
  }
}
