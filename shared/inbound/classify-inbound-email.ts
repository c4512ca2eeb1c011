import { autoReplyReason } from "./auto-reply-reason.js";
import { bounceReason } from "./bounce-reason.js";
import { complaintReason } from "./complaint-reason.js";
import { type BouncedRecipient, extractBouncedRecipients } from "./extract-bounced-recipients.js";
import type { InboundEmail } from "./inbound-email.js";
import { isPermanentBounce } from "./is-permanent-bounce.js";
import { NOREPLY_SENDER } from "./machine-senders.js";
import { spamReason } from "./spam-reason.js";
import { unsubscribeReason } from "./unsubscribe-reason.js";

export type InboundKind =
  | "reply"
  | "auto_reply"
  | "bounce"
  | "complaint"
  | "unsubscribe"
  | "spam"
  | "rejected";

export interface InboundClassification {
  kind: InboundKind;
  /** Which rule decided, for the operator's record. */
  reason: string;
  /** Failed recipients of a bounce (empty for every other kind). */
  bouncedRecipients: BouncedRecipient[];
  /** For a bounce: false when it only reports a delay (4.x.x, Action: delayed), which is no reason to give up on an address. */
  permanent?: boolean;
}

const RECEIPT_ACTIONS = new Set(["delivered", "relayed", "expanded"]);

/**
 * What kind of message this is, decided from headers first and wording last. The order matters: spam and
 * virus verdicts first (a forged bounce must not mark an address undeliverable), then an explicit unsubscribe,
 * complaints and bounces (which often carry Auto-Submitted too), then automatic replies. `reply` is what is
 * left, so a message with any sign of being machine-made never stops a chain.
 */
export function classifyInboundEmail(email: InboundEmail): InboundClassification {
  if (email.kind === "rejected") return { kind: "rejected", reason: email.reason, bouncedRecipients: [] };
  const spam = spamReason(email);
  if (spam) return { kind: "spam", reason: spam, bouncedRecipients: [] };
  const unsubscribe = unsubscribeReason(email);
  if (unsubscribe) return { kind: "unsubscribe", reason: unsubscribe, bouncedRecipients: [] };
  const complaint = complaintReason(email);
  if (complaint) return { kind: "complaint", reason: complaint, bouncedRecipients: [] };
  if (
    /\\?"notificationType\\?"\s*:\s*\\?"Delivery\b/.test(email.text) &&
    NOREPLY_SENDER.test(email.from?.address ?? "")
  )
    return { kind: "auto_reply", reason: "Amazon SES delivery notification", bouncedRecipients: [] };
  const bounce = bounceReason(email);
  if (bounce) {
    const bouncedRecipients = extractBouncedRecipients(email);
    // A DSN that reports every recipient delivered or relayed is a delivery receipt, not a failure.
    if (
      bouncedRecipients.length > 0 &&
      bouncedRecipients.every((r) => r.action !== undefined && RECEIPT_ACTIONS.has(r.action))
    )
      return {
        kind: "auto_reply",
        reason: "delivery receipt (RFC 3464 Action: delivered)",
        bouncedRecipients: [],
      };
    return {
      kind: "bounce",
      reason: bounce,
      bouncedRecipients,
      permanent: isPermanentBounce(email, bouncedRecipients),
    };
  }
  const auto = autoReplyReason(email);
  if (auto) return { kind: "auto_reply", reason: auto, bouncedRecipients: [] };
  return { kind: "reply", reason: "no sign of automatic mail", bouncedRecipients: [] };
}
