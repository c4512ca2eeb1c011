import * as z from "zod/mini";
import { DEFAULT_QUOTA_LIMITS, type QuotaLimits } from "../domain/quota-limits.js";
import { wholeNumber } from "./whole-number.js";
import { withFallback } from "./with-fallback.js";

const limit = (fallback: number, min = 1, max = 100_000) => withFallback(wholeNumber(min, max), fallback);

/** The per-owner quotas, each a variable with a default that fits one job seeker. */
export const quotaConfigShape = () => ({
  QUOTA_INTERVIEWS_PER_DAY: limit(DEFAULT_QUOTA_LIMITS.interviews_per_day),
  // The owner's record keeps a 16-character name per email counted that day (dynamo-owner-email-gate.ts),
  // so a retried step is not counted twice; 2,000 of them (~40 KB) leave room on the record for its other
  // sets under DynamoDB's 400 KB per item.
  QUOTA_EMAILS_PER_DAY: limit(DEFAULT_QUOTA_LIMITS.emails_per_day, 1, 2_000),
  QUOTA_CONTACTS_PER_30_DAYS: limit(DEFAULT_QUOTA_LIMITS.contacts_per_30_days),
  // Zero is allowed: contacts then cannot be changed once an interview is registered.
  QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW: limit(DEFAULT_QUOTA_LIMITS.contact_replacements_per_interview, 0),
});
export const quotaConfigSchema = /* @__PURE__ */ z.lazy(() => z.object(quotaConfigShape()));

export interface QuotaConfig {
  quotas: QuotaLimits;
}
export const readQuotaConfig = (c: z.infer<typeof quotaConfigSchema>): QuotaConfig => ({
  quotas: quotaLimitsFrom(c),
});

export function quotaLimitsFrom(config: z.infer<typeof quotaConfigSchema>): QuotaLimits {
  return {
    interviews_per_day: config.QUOTA_INTERVIEWS_PER_DAY,
    emails_per_day: config.QUOTA_EMAILS_PER_DAY,
    contacts_per_30_days: config.QUOTA_CONTACTS_PER_30_DAYS,
    contact_replacements_per_interview: config.QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW,
  };
}
