import type { ParsedInboundEmail } from "./inbound-email.js";

const UNSUBSCRIBE_SUBJECT = /^\s*unsubscribe\s*$/i;

/**
 * Why this message is the contact asking to get nothing more (the mail form of a one-click unsubscribe), or
 * undefined: Apple Mail's unsubscribe button (`X-Apple-Unsubscribe: true`), or the bare "unsubscribe" message
 * a mail client sends to a `mailto:` List-Unsubscribe address.
 */
export function unsubscribeReason(email: ParsedInboundEmail): string | undefined {
  const apple = email.signals.unsubscribeRequest;
  if (apple !== undefined && /^(true|yes|1)\b/i.test(apple)) return `X-Apple-Unsubscribe: ${apple}`;
  const body = email.visibleText.trim();
  if (UNSUBSCRIBE_SUBJECT.test(email.subject) && (body === "" || UNSUBSCRIBE_SUBJECT.test(body)))
    return "an empty message with the subject unsubscribe (RFC 2369 mailto)";
  return undefined;
}
