import type { QuotaLimits, QuotaName } from "../domain/quota-limits.js";
import { quotaWindow } from "../domain/quota-window.js";
import { QuotaExceededError } from "../errors/quota-exceeded-error.js";
import type { OwnerQuotaLedger } from "../ports/owner-quota-ledger.js";
import type { QuotaAddWithin, QuotaCounter, QuotaCounterKey } from "../ports/quota-counter.js";

/**
 * The ports and limits of the per-owner quotas: the registration quotas (new interviews a day, distinct
 * contacts) and the contact addresses' interviews on the owner's record, the others on counters.
 */
export interface UsageDeps {
  counter: QuotaCounter;
  ledger: OwnerQuotaLedger;
  limits: QuotaLimits;
}

/**
 * The share of the quotas registration calls: the owner's record's take and give-back. Typed apart so that
 * a Lambda builds only the operations it calls (functions/wiring/usage.ts).
 */
export interface RegistrationUsageDeps {
  ledger: Pick<OwnerQuotaLedger, "take" | "release">;
  limits: QuotaLimits;
}

/** What an update calls: registration's share and the counters' add and give-back (`reserveUsage`). */
export interface ChangeUsageDeps extends RegistrationUsageDeps {
  counter: { add: QuotaAddWithin; release: QuotaCounter["release"] };
}

export interface UsageCharge {
  quota: QuotaName;
  /** How many units the request takes; a charge of 0 is skipped. */
  by: number;
  /** For a per-interview quota. */
  interviewId?: string;
}

export interface UsageReservation {
  /** Gives back what was taken, for a request that then failed before writing anything. */
  release(): Promise<void>;
}

const DAY_MS = 86_400_000;
/** A per-interview counter lives about as long as an interview is followed up; each use extends it. */
const PER_INTERVIEW_KEEP_MS = 730 * DAY_MS;

/**
 * Takes every charge of one request, each with one conditional write, in order. When one is refused, the
 * ones already taken are given back and a 429-mapped `QuotaExceededError` names the quota: a refused
 * request leaves the counters as they were (short of a crash between the two writes, which over-counts,
 * the safe direction).
 */
export async function reserveUsage(
  usage: Pick<ChangeUsageDeps, "counter" | "limits">,
  owner: string,
  charges: readonly UsageCharge[],
  now: Date,
): Promise<UsageReservation> {
  const taken: Array<{ key: QuotaCounterKey; by: number }> = [];
  const release = async () => {
    for (const { key, by } of taken.splice(0).reverse()) await usage.counter.release(key, by);
  };
  for (const charge of charges) {
    if (charge.by <= 0) continue;
    const limit = usage.limits[charge.quota];
    const window = quotaWindow(charge.quota, now, charge.interviewId);
    const key: QuotaCounterKey = { owner, quota: charge.quota, window: window.key };
    const expiresAt = new Date(
      (window.resetsAt?.getTime() ?? now.getTime() + PER_INTERVIEW_KEEP_MS) + DAY_MS,
    );
    let added: boolean;
    try {
      added = await usage.counter.add(key, charge.by, limit, expiresAt);
    } catch (err) {
      await release().catch(() => {});
      throw err;
    }
    if (!added) {
      await release();
      throw new QuotaExceededError(charge.quota, limit, now, window.resetsAt);
    }
    taken.push({ key, by: charge.by });
  }
  return { release };
}
