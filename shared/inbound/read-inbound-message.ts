import { classifyInboundEmail, type InboundClassification } from "./classify-inbound-email.js";
import type { ParsedInboundEmail } from "./inbound-email.js";
import { relayedByCandidate } from "./relayed-by-candidate.js";

/** The message an inbound email stands for, and what kind it is. */
export interface InboundMessageAsRead {
  /** The message acted on: the forwarded one when the candidate relayed a contact's message, else the email. */
  email: ParsedInboundEmail;
  /** True when `email` is a message the candidate forwarded to us (remind mode). */
  relayed: boolean;
  classification: InboundClassification;
}

/**
 * Reads an inbound email (classified as `outer`) as the message it stands for. A contact's message the candidate forwarded
 * (see relayedByCandidate) is that contact's message, and it is classified by itself: an out-of-office
 * the candidate forwards is an automatic reply, not the candidate replying. The outer message's own
 * verdict still wins when it is not a reply (spam, a bounce of the forward...), so the forward can only
 * be taken for something more machine-like, never for less.
 */
export function readInboundMessage(
  parsed: ParsedInboundEmail,
  outer: InboundClassification,
  candidateEmail: string,
): InboundMessageAsRead {
  const relayed = relayedByCandidate(parsed, candidateEmail);
  if (!relayed) return { email: parsed, relayed: false, classification: outer };
  if (outer.kind !== "reply") return { email: relayed, relayed: true, classification: outer };
  return { email: relayed, relayed: true, classification: classifyInboundEmail(relayed) };
}
