import type { QuotaName } from "./quota-limits.js";

const DAY_MS = 86_400_000;
/** Distinct contacts are counted in fixed 30-day windows from the Unix epoch (see `quotaWindow`). */
export const CONTACT_WINDOW_DAYS = 30;

export interface QuotaWindow {
  /** Names the window inside the owner's counters, e.g. `2026-12-01` or `30d-683`. */
  key: string;
  startsAt: Date;
  /** When the window's count starts over; undefined for a quota that never resets (per interview). */
  resetsAt?: Date;
}

/**
 * The counting window of a quota at an instant. Daily quotas use UTC days (one owner has interviews in
 * several zones, so no local day would be theirs). Distinct contacts use fixed 30-day windows rather than a
 * sliding one, so that a use is one conditional write on one counter: the price is that up to twice the
 * limit can go out across a window boundary. A per-interview quota has one window for the interview's life.
 */
export function quotaWindow(quota: QuotaName, at: Date, interviewId?: string): QuotaWindow {
  const day = Math.floor(at.getTime() / DAY_MS);
  switch (quota) {
    case "interviews_per_day":
    case "emails_per_day":
      return dailyQuotaWindow(at);
    case "contacts_per_30_days": {
      const index = Math.floor(day / CONTACT_WINDOW_DAYS);
      return {
        key: `30d-${index}`,
        startsAt: new Date(index * CONTACT_WINDOW_DAYS * DAY_MS),
        resetsAt: new Date((index + 1) * CONTACT_WINDOW_DAYS * DAY_MS),
      };
    }
    case "contact_replacements_per_interview":
      if (!interviewId) throw new Error("a per-interview quota needs the interview's id");
      return { key: `interview-${interviewId}`, startsAt: new Date(0) };
  }
}

/**
 * The window of a daily quota (`interviews_per_day`, `emails_per_day`) at an instant: its UTC day. The same
 * as `quotaWindow` gives for them, for a caller that counts only a daily quota (the sender), so it does not
 * bundle the other windows.
 */
export function dailyQuotaWindow(at: Date): QuotaWindow & { resetsAt: Date } {
  const day = Math.floor(at.getTime() / DAY_MS);
  const startsAt = new Date(day * DAY_MS);
  return { key: startsAt.toISOString().slice(0, 10), startsAt, resetsAt: new Date((day + 1) * DAY_MS) };
}
