import type { ReceiptVerdicts } from "../inbound/inbound-email.js";
import type { InboundDeps } from "./inbound-deps.js";
import type { InboundOutcome } from "./inbound-outcome.js";
import { processInboundEmail } from "./process-inbound-email.js";

export type { InboundDeps } from "./inbound-deps.js";
export type { InboundAbout, InboundOutcome } from "./inbound-outcome.js";

/**
 * One raw inbound message: parse it, find the chain it answers (signed Reply-To token, else the
 * Message-IDs it quotes), classify it, and act (see processInboundEmail and the handle-inbound-* use
 * cases). A person's reply stops the whole chain (one conditional write) and is forwarded to the
 * candidate; an out-of-office moves the contact's pending steps past the return date (by `maxAwayDays` at
 * most); a bounce or complaint about a message we sent makes the address undeliverable for the owner;
 * spam is recorded. Replies and out-of-office messages act only when their sender is trusted (see
 * senderTrust). Forwards to the candidate are capped per interview and day. Every message is recorded in
 * the operator's inbound log with its outcome.
 */
export async function handleInboundEmail(
  deps: InboundDeps,
  input: { raw: Buffer; verdicts?: ReceiptVerdicts; sesMessageId?: string },
): Promise<InboundOutcome> {
  const outcome = await processInboundEmail(deps, input);
  if (deps.inboundLog) {
    const about = "about" in outcome ? outcome.about : {};
    await deps.inboundLog
      .record({
        at: deps.clock.now().toISOString(),
        result: outcome.result,
        reason: outcome.reason,
        ...("kind" in outcome ? { kind: outcome.kind } : {}),
        ...("interviewId" in outcome ? { interviewId: outcome.interviewId } : {}),
        ...(about.from ? { from: about.from } : {}),
        ...(about.subject ? { subject: about.subject.slice(0, 200) } : {}),
        ...(about.messageId ? { messageId: about.messageId } : {}),
        ...(input.sesMessageId ? { sesMessageId: input.sesMessageId } : {}),
      })
      .catch((err) =>
        deps.log.warn("could not record an inbound message in the log", { error: String(err) }),
      );
  }
  return outcome;
}
