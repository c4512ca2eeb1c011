import type { EmailQuotaDeferral } from "../domain/email-quota-deferral.js";
import { readInstant } from "../domain/offset-date-time.js";
import { isKnownZone } from "../domain/wall-clock.js";
import { dayAndTimeWords } from "./date-words.js";

/**
 * What the candidate reads when the owner's daily email quota (`limit` emails) defers a step to `sendAt`:
 * the step's new `why` (with the local time in the step's zone) and the timeline's detail.
 */
export function emailQuotaWords(
  limit: number,
  sendAt: string,
  timezone: string,
): Pick<EmailQuotaDeferral, "why" | "detail"> {
  const at = isKnownZone(timezone) ? readInstant(sendAt, timezone) : undefined;
  const local = at ? dayAndTimeWords(at, timezone) : sendAt;
  const reason = `the daily quota of ${limit} emails to contacts (emails_per_day) was used up`;
  return {
    why: `Deferred: ${reason}, so it goes in the next day's send window, ${local} (${timezone}).`,
    detail: `Not sent yet: ${reason}; moved to ${sendAt}.`,
  };
}
