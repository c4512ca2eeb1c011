import type { QuotaName } from "../domain/quota-limits.js";
import { AppError } from "./app-error.js";
import type { RetryAfter } from "./retry-after.js";

const WHAT: Record<QuotaName, string> = {
  interviews_per_day: "new interviews a day",
  emails_per_day: "emails to contacts a day",
  contacts_per_30_days: "distinct contact addresses in 30 days",
  contact_replacements_per_interview: "new contact addresses per interview after registering it",
};

/**
 * A request would take the owner over a quota: nothing was written. `resetsAt` is when the quota's window
 * starts over (none for a per-interview quota); `retryAfterSeconds` is the same instant as a delay.
 */
export class QuotaExceededError extends AppError implements Partial<RetryAfter> {
  readonly quota: QuotaName;
  readonly limit: number;
  readonly resetsAt?: string;
  readonly retryAfterSeconds?: number;

  constructor(quota: QuotaName, limit: number, now: Date, resetsAt?: Date) {
    const when = resetsAt ? `; it resets at ${resetsAt.toISOString()}` : "";
    super("quota_exceeded", `Over the quota of ${limit} ${WHAT[quota]} (${quota})${when}.`, {
      answerFields: { quota, limit, resetsAt: resetsAt?.toISOString() ?? null },
    });
    this.quota = quota;
    this.limit = limit;
    if (resetsAt) {
      this.resetsAt = resetsAt.toISOString();
      this.retryAfterSeconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    }
  }
}
