/**
 * The per-owner quotas that keep the service from being used as a spam cannon: it writes to strangers on a
 * user's behalf. Names are stable: the API's 429 answers and `GET /usage` use them.
 */
export const QUOTA_NAMES = [
  "interviews_per_day",
  "emails_per_day",
  "contacts_per_30_days",
  "contact_replacements_per_interview",
] as const;
export type QuotaName = (typeof QUOTA_NAMES)[number];

/** The most each quota allows. */
export type QuotaLimits = Readonly<Record<QuotaName, number>>;

/** Enough for one job seeker: a busy week of interviews, every follow-up they plan, typo fixes. */
export const DEFAULT_QUOTA_LIMITS: QuotaLimits = {
  interviews_per_day: 20,
  emails_per_day: 50,
  contacts_per_30_days: 200,
  contact_replacements_per_interview: 3,
};
