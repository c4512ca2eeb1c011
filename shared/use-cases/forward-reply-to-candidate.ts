import type { Interview } from "../domain/interview.js";
import type { ParsedInboundEmail } from "../inbound/inbound-email.js";
import { composeReplyForward, type DecisionDateNote } from "../mail/compose-reply-forward.js";
import type { Mailer } from "../ports/mailer.js";
import type { Logger } from "./use-case-deps.js";

/**
 * The candidate gets the reply in their own inbox, with a Reply-To that answers the contact directly. A
 * failure is logged, not thrown: the stop is what matters, it is written, and the reply is on the timeline.
 */
export async function forwardReplyToCandidate(
  deps: { mailer: Mailer; log: Logger },
  interview: Interview,
  email: ParsedInboundEmail,
  decision: DecisionDateNote | undefined,
): Promise<void> {
  const { from, subject, text, messageId } = email;
  try {
    await deps.mailer.send(composeReplyForward({ interview, from, subject, text, messageId, decision }));
  } catch (err) {
    deps.log.error("could not forward a reply to the candidate", {
      interviewId: interview.id,
      error: String(err),
    });
  }
}
