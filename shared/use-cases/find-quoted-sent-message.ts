import type { Interview } from "../domain/interview.js";
import type { ParsedInboundEmail } from "../inbound/inbound-email.js";
import type { MessageIndex, SentMessageRef } from "../ports/message-index.js";

/** Enough for any real report (one original, a short thread) and a bound on lookups for a forged one. */
const MAX_LOOKUPS = 20;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The message we sent for this interview that a report refers to: the original attached or quoted in it,
 * its In-Reply-To, or its References, found on the interview's own sent steps or in the sent-message
 * index (the steps cover an index write that failed). Undefined when it refers to none of ours, which is
 * what a forged bounce or complaint (from anyone holding a reply address) looks like: only a report about
 * a message we really sent may make an address undeliverable.
 */
export async function findQuotedSentMessage(
  messages: MessageIndex,
  email: ParsedInboundEmail,
  interview: Pick<Interview, "id" | "steps">,
): Promise<SentMessageRef | undefined> {
  const ids = [
    ...new Set([
      ...email.attachedOriginal.messageIds,
      ...(email.inReplyTo ? [email.inReplyTo] : []),
      ...[...email.references].reverse(),
    ]),
  ].slice(0, MAX_LOOKUPS);
  for (const id of ids) {
    const step = interview.steps.find((s) => s.messageId !== undefined && same(s.messageId, id));
    if (step) return { interviewId: interview.id, stepId: step.id };
  }
  for (const id of ids) {
    const ref = await messages.find(id);
    if (ref?.interviewId === interview.id) return ref;
  }
  return undefined;
}
