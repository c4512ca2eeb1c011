import type { OwnerQuotaTake } from "../domain/take-owner-quota.js";

export interface OwnerQuotaRequest extends OwnerQuotaTake {
  owner: string;
  /** Addresses whose interviews to answer besides `emails` (an edit keeps contacts it does not add). */
  lookup?: readonly string[];
}

export interface OwnerQuotaTaken {
  /** The addresses this take counted (new in the window): what `release` gives back. */
  fresh: string[];
  /** The interview was already counted today: an earlier attempt of the same request got this far. */
  repeated: boolean;
  /** The owner's other interviews that had any of the addresses as a contact before this take. */
  reaching: string[];
}

export interface OwnerQuotaRelease {
  interviewId: string;
  /** The take counted the interview among the day's new interviews. */
  counted: boolean;
  fresh: readonly string[];
  listed: readonly string[];
  now: Date;
}

/**
 * The owner's registration quotas (new interviews a day, distinct contacts in 30 days) and the interviews
 * reaching each contact address, kept together so that a registration takes all of them in ONE conditional
 * write on one record (issue 12), which also answers what the record held before it.
 */
export interface OwnerQuotaLedger {
  /**
   * Takes the request's share of the quotas and lists the interview under its addresses, or throws a
   * 429-mapped `QuotaExceededError` naming the quota, having written nothing.
   */
  take(request: OwnerQuotaRequest): Promise<OwnerQuotaTaken>;
  /**
   * Gives back what a take counted, for a request that then failed before storing anything: the day's
   * interview (when `counted`, and still that day), the `fresh` addresses, and the interview's listing
   * under the `listed` addresses.
   */
  release(owner: string, taken: OwnerQuotaRelease): Promise<void>;
  /**
   * The owner's use of the quotas on the record in their current windows: the two registration quotas, and
   * the day's emails to contacts (which the sender's OwnerEmailGate takes on the same record).
   */
  read(
    owner: string,
    now: Date,
  ): Promise<{ interviews_per_day: number; contacts_per_30_days: number; emails_per_day: number }>;
}
