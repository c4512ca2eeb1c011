import { DateTime } from "../domain/date-time.js";
import type { EmailQuotaDeferral } from "../domain/email-quota-deferral.js";

/**
 * What the candidate reads when the owner's daily email quota (`limit` emails) defers a step to `sendAt`:
 * the step's new `why` (with the local time in the step's zone) and the timeline's detail.
 */
export function emailQuotaWords(
  limit: number,
  sendAt: string,
  timezone: string,
): Pick<EmailQuotaDeferral, "why" | "detail"> {
  const local = DateTime.fromISO(sendAt, { zone: timezone })
    .setLocale("en")
    .toFormat("cccc d LLL yyyy 'at' HH:mm");
  const reason = `the daily quota of ${limit} emails to contacts (emails_per_day) was used up`;
  return {
    why: `Deferred: ${reason}, so it goes in the next day's send window, ${local} (${timezone}).`,
    detail: `Not sent yet: ${reason}; moved to ${sendAt}.`,
  };
}
