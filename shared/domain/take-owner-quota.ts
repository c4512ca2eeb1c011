import type { OwnerQuotaRecord } from "./owner-quota-record.js";
import { pruneReach } from "./prune-reach.js";
import type { QuotaLimits } from "./quota-limits.js";
import { quotaWindow } from "./quota-window.js";

/** What one registration (or one edit of an interview's contacts) takes from the owner's quotas. */
export interface OwnerQuotaTake {
  interviewId: string;
  /** A registration: the interview is one of the day's new interviews. An edit: false. */
  countInterview: boolean;
  /** Lower-cased, distinct: each new in the window is a distinct contact; each lists the interview. */
  emails: readonly string[];
  now: Date;
  limits: Pick<QuotaLimits, "interviews_per_day" | "contacts_per_30_days">;
}

export type OwnerQuotaOutcome =
  | { exceeded: "interviews_per_day" | "contacts_per_30_days"; limit: number; resetsAt: Date }
  | {
      record: OwnerQuotaRecord;
      /** The addresses this take counted (new in the window). */
      fresh: string[];
      /** The interview was already counted today: an earlier attempt of the same request got this far. */
      repeated: boolean;
    };

/**
 * The whole quota decision of a registration on the owner's record as read: refused (naming the quota,
 * nothing to write) or the record to write in its place. A repeat (same interview id, same day) takes
 * nothing more; an address already counted in the window is not counted again. A new day or window starts
 * its count over; the per-address lists are pruned (`pruneReach`).
 */
export function takeOwnerQuota(
  stored: OwnerQuotaRecord | undefined,
  take: OwnerQuotaTake,
): OwnerQuotaOutcome {
  const { interviewId, emails, now, limits } = take;
  const day = quotaWindow("interviews_per_day", now);
  const window = quotaWindow("contacts_per_30_days", now);
  const dayIds = stored?.day === day.key ? stored.dayIds : [];
  const contacts = stored?.window === window.key ? stored.contacts : [];
  const repeated = dayIds.includes(interviewId);
  if (take.countInterview && !repeated && dayIds.length + 1 > limits.interviews_per_day) {
    return {
      exceeded: "interviews_per_day",
      limit: limits.interviews_per_day,
      resetsAt: day.resetsAt as Date,
    };
  }
  const counted = new Set(contacts);
  const fresh = [...new Set(emails)].filter((email) => !counted.has(email));
  if (contacts.length + fresh.length > limits.contacts_per_30_days) {
    return {
      exceeded: "contacts_per_30_days",
      limit: limits.contacts_per_30_days,
      resetsAt: window.resetsAt as Date,
    };
  }
  const reach: Record<string, string[]> = { ...stored?.reach };
  for (const email of emails) reach[email] = [...(reach[email] ?? []), interviewId];
  const keepsDay = take.countInterview || stored?.day === day.key;
  const record: OwnerQuotaRecord = {
    version: (stored?.version ?? 0) + 1,
    ...(keepsDay ? { day: day.key } : {}),
    dayIds: take.countInterview && !repeated ? [...dayIds, interviewId] : [...dayIds],
    window: window.key,
    contacts: [...contacts, ...fresh],
    reach: pruneReach(reach),
  };
  return { record, fresh, repeated };
}
