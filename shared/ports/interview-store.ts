import type { Interview, InterviewStatus } from "../domain/interview.js";
import type { StepClaim } from "../domain/step-claim.js";

/** What a claim written with no read found: claimed (the item before and after it), or the item as it is. */
export type StepClaimResult =
  | { claimed: true; before: Interview; after: Interview }
  | { claimed: false; current?: Interview };

export interface InterviewPage {
  items: Interview[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

/** Persistence of interview items. Every write is conditional: see `VersionConflictError`. */
export interface InterviewStore {
  get(id: string): Promise<Interview | undefined>;
  /** Fails with `VersionConflictError` if an item with that id exists. */
  create(interview: Interview): Promise<void>;
  /**
   * Writes `next` (whose version must be `expectedVersion + 1`) only if the stored version is
   * `expectedVersion`. Given `previous`, the stored item `next` was computed from, only what changed is
   * written (one targeted conditional update: a claim or a "sent" names one step's fields). A failed
   * condition throws `VersionConflictError` carrying the item it found, when the store says.
   */
  replace(next: Interview, expectedVersion: number, previous?: Interview): Promise<void>;
  /**
   * Claims a step for sending with no read before it: one conditional write (the version one up, the step
   * `sending` with the claim's fields, see `withClaim`) that succeeds only while the chain is `active` and
   * the step is a `chain` step still `scheduled`; the store may refuse for a reason of its own too. Claimed,
   * it carries the item before and after the claim (a claim of ours that had already landed, found by an
   * SDK retry, counts as claimed); refused, the item as found, undefined when there is none.
   */
  claimStep(claim: StepClaim): Promise<StepClaimResult>;
  /** Deletes only if the stored version is `expectedVersion`. */
  remove(id: string, expectedVersion: number): Promise<void>;
  listByOwner(
    owner: string,
    options: { limit: number; cursor?: string; status?: InterviewStatus },
  ): Promise<InterviewPage>;
  listByApplication(owner: string, applicationKey: string): Promise<Interview[]>;
  /**
   * Interviews the reconciler must look at, oldest first: those with a step still `unscheduled` (its
   * schedule could not be created or moved) or `sending` (a claim that a crashed sender may have left).
   * Paged, so that a reconciler run can read past interviews it cannot fix to the ones behind them.
   */
  listNeedingAttention(limit: number, cursor?: string): Promise<InterviewPage>;
}
