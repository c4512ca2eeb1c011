/**
 * The generation of each owner's calendar feed: a feed URL names the generation it was issued for and is
 * live only while that generation is the owner's live one, so revoking it is real, not just forgetting it.
 */
export interface CalendarFeedStore {
  /** The owner's live generation, or undefined when the owner has no live feed. */
  liveGeneration(owner: string): Promise<number | undefined>;
  /** The live generation: the existing one, or a new one (never a revoked one again) when none is live. */
  issue(owner: string, at: string): Promise<number>;
  /** Ends the live generation; resolves true when one was live. */
  revoke(owner: string, at: string): Promise<boolean>;
}
