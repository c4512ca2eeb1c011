/**
 * What each timeline event type the API writes reads as (the `type` values under shared/: `step.sent`,
 * `inbound.auto_reply`...). test/unit/web/event-label.test.ts fails when the backend writes a type that
 * has no label here.
 */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  "interview.registered": "Created",
  "interview.updated": "Edited",
  "chain.snoozed": "Snoozed",
  "chain.stopped": "Stopped",
  "chain.replied": "Stopped by a reply",
  "chain.completed": "Completed",
  "chain.superseded": "Superseded by a later round",
  "step.sent": "Step sent",
  "step.moved": "Step moved",
  "step.skipped": "Step skipped",
  "step.cancelled": "Step cancelled",
  "step.failed": "Send failed",
  "step.unknown": "Delivery unknown",
  "reply.received": "Reply received",
  "inbound.auto_reply": "Auto-reply received",
  "inbound.unverified": "Unverified reply forwarded",
  "inbound.forward_failed": "Forward to you failed",
  "inbound.own_message": "Your own message received",
  "inbound.spam": "Spam received",
  "inbound.unsubscribe_ignored": "Unsubscribe request ignored",
  "inbound.delayed": "Delivery delayed",
  "inbound.bounce": "Bounce received",
  "inbound.complaint": "Complaint received",
  "contact.unsubscribed": "Unsubscribed",
  "contact.bounced": "Email bounced",
  "contact.complained": "Marked as spam",
};

const words = (s: string) => s.replaceAll("_", " ");
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An event type as a person says it: its label, else readable words (`inbound.something_new` ->
 * `Inbound: something new`, an older `reply_received` -> `Reply received`).
 */
export function eventLabel(type: string): string {
  const label = Object.hasOwn(EVENT_LABELS, type) ? EVENT_LABELS[type] : undefined;
  if (label) return label;
  const dot = type.indexOf(".");
  if (dot < 0) return capitalised(words(type));
  return `${capitalised(words(type.slice(0, dot)))}: ${words(type.slice(dot + 1)).replaceAll(".", " ")}`;
}
