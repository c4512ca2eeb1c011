import { QUOTA_NAMES, type QuotaName } from "../domain/quota-limits.js";
import { quotaWindow } from "../domain/quota-window.js";
import type { UsageDeps } from "./reserve-usage.js";

export interface QuotaUsage {
  /** `owner`: one count for all the owner's requests; `interview`: counted per interview, never resets. */
  per: "owner" | "interview";
  limit: number;
  /** Used in the current window; null for a per-interview quota (see each interview). */
  used: number | null;
  remaining: number | null;
  /** When the current window's count starts over (ISO 8601); null when it never does. */
  resetsAt: string | null;
}

export interface Usage {
  at: string;
  quotas: Record<QuotaName, QuotaUsage>;
}

/** The owner's use of each quota now, with its limit and when it resets: what `GET /usage` answers. */
export async function getUsage(usage: UsageDeps, request: { owner: string; now: Date }): Promise<Usage> {
  const { owner, now } = request;
  // The registration quotas and the day's emails to contacts are on the owner's record, one read for all.
  const registration = usage.ledger.read(owner, now);
  const entries = await Promise.all(
    QUOTA_NAMES.map(async (quota): Promise<[QuotaName, QuotaUsage]> => {
      const limit = usage.limits[quota];
      if (quota === "contact_replacements_per_interview") {
        return [quota, { per: "interview", limit, used: null, remaining: null, resetsAt: null }];
      }
      const window = quotaWindow(quota, now);
      const used = (await registration)[quota];
      return [
        quota,
        {
          per: "owner",
          limit,
          used,
          remaining: Math.max(0, limit - used),
          resetsAt: window.resetsAt?.toISOString() ?? null,
        },
      ];
    }),
  );
  return { at: now.toISOString(), quotas: Object.fromEntries(entries) as Record<QuotaName, QuotaUsage> };
}
