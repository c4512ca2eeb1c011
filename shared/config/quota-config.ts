import * as z from "zod/mini";
import {
  DEFAULT_QUOTA_LIMITS,
  QUOTA_NAMES,
  type QuotaLimits,
  type QuotaName,
} from "../domain/quota-limits.js";
import { WHOLE_NUMBER_PATTERN, wholeNumber } from "./whole-number.js";
import { withFallback } from "./with-fallback.js";

/** The variable that sets a quota: QUOTA_ and the quota's name in capitals (QUOTA_EMAILS_PER_DAY). */
type QuotaVariable = `QUOTA_${Uppercase<QuotaName>}`;
const quotaVariable = (name: QuotaName) => `QUOTA_${name.toUpperCase()}` as QuotaVariable;

/**
 * The least and most each quota may be set to (unset, it is DEFAULT_QUOTA_LIMITS', which fits one job
 * seeker). Built by a pure call, so a bundle that reads no quota leaves it out.
 */
const QUOTA_BOUNDS = /* @__PURE__ */ (() => ({
  interviews_per_day: [1, 100_000],
  // The owner's record keeps a 16-character name per email counted that day (dynamo-owner-email-gate.ts),
  // so a retried step is not counted twice; 2,000 of them (~40 KB) leave room on the record for its other
  // sets under DynamoDB's 400 KB per item.
  emails_per_day: [1, 2_000],
  contacts_per_30_days: [1, 100_000],
  // Zero is allowed: contacts then cannot be changed once an interview is registered.
  contact_replacements_per_interview: [0, 100_000],
}))() satisfies Record<QuotaName, [min: number, max: number]>;

const limit = (name: QuotaName) =>
  withFallback(wholeNumber(...QUOTA_BOUNDS[name]), DEFAULT_QUOTA_LIMITS[name]);

/** The per-owner quotas, each a variable with a default. */
export const quotaConfigShape = () =>
  Object.fromEntries(QUOTA_NAMES.map((name) => [quotaVariable(name), limit(name)])) as Record<
    QuotaVariable,
    ReturnType<typeof limit>
  >;
export const quotaConfigSchema = /* @__PURE__ */ z.lazy(() => z.object(quotaConfigShape()));

export interface QuotaConfig {
  quotas: QuotaLimits;
}
export const readQuotaConfig = (c: z.infer<typeof quotaConfigSchema>): QuotaConfig => ({
  quotas: quotaLimitsFrom(c),
});

export function quotaLimitsFrom(config: z.infer<typeof quotaConfigSchema>): QuotaLimits {
  return Object.fromEntries(QUOTA_NAMES.map((name) => [name, config[quotaVariable(name)]])) as QuotaLimits;
}

/** The quota variables as their schema gives them (the default when unset), read without zod (plain-pieces.ts). */
export function plainQuotaConfig(
  env: Record<string, string | undefined>,
): z.infer<typeof quotaConfigSchema> | undefined {
  const variables: Partial<Record<QuotaVariable, number>> = {};
  for (const name of QUOTA_NAMES) {
    const [min, max] = QUOTA_BOUNDS[name];
    const value = env[quotaVariable(name)];
    const n =
      value === undefined
        ? DEFAULT_QUOTA_LIMITS[name]
        : WHOLE_NUMBER_PATTERN.test(value)
          ? Number(value)
          : Number.NaN;
    if (!(value === undefined || (n >= min && n <= max))) return undefined;
    variables[quotaVariable(name)] = n;
  }
  return variables as z.infer<typeof quotaConfigSchema>;
}
