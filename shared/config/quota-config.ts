import * as z from "zod/mini";
import { DEFAULT_QUOTA_LIMITS, type QuotaLimits } from "../domain/quota-limits.js";
import { WHOLE_NUMBER_PATTERN, wholeNumber } from "./whole-number.js";
import { withFallback } from "./with-fallback.js";

/**
 * Each quota variable: its default, which fits one job seeker, and the least and most it may be set to. Built
 * by a pure call, so a bundle that reads no quota leaves it out.
 */
const QUOTA_BOUNDS = /* @__PURE__ */ (() => ({
  QUOTA_INTERVIEWS_PER_DAY: [DEFAULT_QUOTA_LIMITS.interviews_per_day, 1, 100_000],
  // The owner's record keeps a 16-character name per email counted that day (dynamo-owner-email-gate.ts),
  // so a retried step is not counted twice; 2,000 of them (~40 KB) leave room on the record for its other
  // sets under DynamoDB's 400 KB per item.
  QUOTA_EMAILS_PER_DAY: [DEFAULT_QUOTA_LIMITS.emails_per_day, 1, 2_000],
  QUOTA_CONTACTS_PER_30_DAYS: [DEFAULT_QUOTA_LIMITS.contacts_per_30_days, 1, 100_000],
  // Zero is allowed: contacts then cannot be changed once an interview is registered.
  QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW: [
    DEFAULT_QUOTA_LIMITS.contact_replacements_per_interview,
    0,
    100_000,
  ],
}))() satisfies Record<string, [fallback: number, min: number, max: number]>;
type QuotaVariable = keyof typeof QUOTA_BOUNDS;

const limit = (fallback: number, min: number, max: number) => withFallback(wholeNumber(min, max), fallback);

/** The per-owner quotas, each a variable with a default. */
export const quotaConfigShape = () =>
  Object.fromEntries(
    Object.entries(QUOTA_BOUNDS).map(([name, [fallback, min, max]]) => [name, limit(fallback, min, max)]),
  ) as Record<QuotaVariable, ReturnType<typeof limit>>;
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

/** The quota variables as their schema gives them (the default when unset), read without zod (plain-pieces.ts). */
export function plainQuotaConfig(
  env: Record<string, string | undefined>,
): z.infer<typeof quotaConfigSchema> | undefined {
  const variables: Partial<Record<QuotaVariable, number>> = {};
  for (const name of Object.keys(QUOTA_BOUNDS) as QuotaVariable[]) {
    const [fallback, min, max] = QUOTA_BOUNDS[name];
    const value = env[name];
    if (value === undefined) {
      variables[name] = fallback;
      continue;
    }
    const n = typeof value === "string" && WHOLE_NUMBER_PATTERN.test(value) ? Number(value) : Number.NaN;
    if (!(n >= min && n <= max)) return undefined;
    variables[name] = n;
  }
  return variables as z.infer<typeof quotaConfigSchema>;
}
