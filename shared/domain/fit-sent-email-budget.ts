import type { EmailAsSent } from "./email-as-sent.js";
import type { Interview } from "./interview.js";

/**
 * The most (UTF-8 bytes) the emails as sent of one interview may take together. Sent steps are never
 * trimmed, and the item must keep its headroom under DynamoDB's 400 KB for the writes the system makes
 * after an edit (see MAX_EDITED_ITEM_BYTES), so the texts share one budget instead of each taking 4,000
 * characters.
 */
export const MAX_SENT_EMAILS_BYTES = 48_000;

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;
const recordBytes = (r: EmailAsSent) => bytes(r.to) + bytes(r.subject) + bytes(r.text);

/**
 * `record` for step `stepId`, its text cut further (flagged `truncated`) when the interview's other emails
 * as sent leave less than it needs of `budget`; with nothing left, the text is empty, To and Subject kept.
 */
export function fitSentEmailBudget(
  interview: Interview,
  stepId: string,
  record: EmailAsSent,
  budget: number = MAX_SENT_EMAILS_BYTES,
): EmailAsSent {
  const used = interview.steps.reduce(
    (sum, s) => sum + (s.id !== stepId && s.sentEmail ? recordBytes(s.sentEmail) : 0),
    0,
  );
  if (used + recordBytes(record) <= budget) return record;
  let room = budget - used - bytes(record.to) - bytes(record.subject);
  let text = "";
  for (const ch of record.text) {
    room -= bytes(ch);
    if (room < 0) break;
    text += ch;
  }
  return { ...record, text, truncated: true };
}
