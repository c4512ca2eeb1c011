import type { ParsedInboundEmail } from "./inbound-email.js";
import { readForwardedMessage } from "./read-forwarded-message.js";

/**
 * A contact's reply the candidate forwarded to us (remind mode: the contact answered the candidate's own
 * mailbox), as if the contact had sent it: their From, their Subject, their words, their Date. The rule: a message From
 * the candidate counts only when it forwards a message (a forward marker with a From line) written by
 * someone other than the candidate; whether that person may stop the chain is then decided as for any
 * sender. Anything else from the candidate (their own follow-up with our address in Cc, a reply they
 * wrote quoting a contact) is the candidate writing, and undefined here.
 */
export function relayedByCandidate(
  email: ParsedInboundEmail,
  candidateEmail: string,
): ParsedInboundEmail | undefined {
  const candidate = candidateEmail.trim().toLowerCase();
  if (email.from?.address !== candidate) return undefined;
  const forwarded = readForwardedMessage(email.text);
  if (!forwarded || forwarded.from.address === candidate) return undefined;
  // "Tue, Dec 1, 2026 at 9:30 AM": without the "at", Date reads it; an unreadable one keeps the forward's own.
  const written = forwarded.date?.replace(/\s+at\s+/i, " ");
  const date = written && !Number.isNaN(Date.parse(written)) ? new Date(written).toISOString() : email.date;
  return {
    ...email,
    from: forwarded.from,
    ...(forwarded.subject !== undefined ? { subject: forwarded.subject } : {}),
    text: forwarded.text,
    visibleText: forwarded.text,
    ...(date ? { date } : {}),
  };
}
