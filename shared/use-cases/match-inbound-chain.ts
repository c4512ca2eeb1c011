import type { ParsedInboundEmail } from "../inbound/inbound-email.js";
import type { SentMessageRef } from "../ports/message-index.js";
import type { InboundDeps } from "./inbound-deps.js";

/**
 * The chain (and step) a message answers: its signed token (a reply token, or the interview's own `i-...`
 * address), else the Message-IDs it quotes (In-Reply-To, References newest first, the attached original's).
 * A token of ours that does not verify is `forged`, with no fallback: a guessed address must not act.
 */
export async function matchInboundChain(
  deps: Pick<InboundDeps, "messages" | "verifyToken" | "verifyInterviewToken">,
  email: ParsedInboundEmail,
): Promise<SentMessageRef | { forged: true } | undefined> {
  if (email.tokens.length > 0) {
    for (const token of email.tokens) {
      const ref = token.startsWith("i-") ? undefined : deps.verifyToken(token);
      if (ref) return ref;
      const interviewId = token.startsWith("i-") ? deps.verifyInterviewToken?.(token) : undefined;
      // The interview's own address names no step: the step is chosen once the interview is read.
      if (interviewId) return { interviewId, stepId: "" };
    }
    return { forged: true };
  }
  const ids = [email.inReplyTo, ...[...email.references].reverse(), ...email.attachedOriginal.messageIds];
  for (const id of ids) {
    if (!id) continue;
    const ref = await deps.messages.find(id);
    if (ref) return ref;
  }
  return undefined;
}
