import { isServableOwner } from "../domain/is-servable-owner.js";
import { NotFoundError } from "../errors/app-error.js";
import { calendarFeed } from "../mail/calendar-feed.js";
import type { CalendarFeedStore } from "../ports/calendar-feed-store.js";
import type { Clock } from "../ports/clock.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { listAllOwnerInterviews } from "./list-all-owner-interviews.js";

export interface CalendarFeedDeps {
  store: Pick<InterviewStore, "listByOwner">;
  feeds: CalendarFeedStore;
  clock: Clock;
}

/** The owner's live feed generation: the existing one, or a new one when none is live. */
export function issueCalendarFeed(deps: Pick<CalendarFeedDeps, "feeds" | "clock">, owner: string) {
  return deps.feeds.issue(owner, deps.clock.now().toISOString());
}

/** Ends the owner's live feed: every URL issued for it answers 404 from now on. True when one was live. */
export function revokeCalendarFeed(deps: Pick<CalendarFeedDeps, "feeds" | "clock">, owner: string) {
  return deps.feeds.revoke(owner, deps.clock.now().toISOString());
}

/**
 * The iCalendar text of a verified feed token's owner, if the token's generation is still the owner's live
 * one. A revoked, superseded or never-issued generation answers 404, exactly like a forged token.
 */
export async function readCalendarFeed(
  deps: Pick<CalendarFeedDeps, "store" | "feeds">,
  claim: { owner: string; generation: number } | undefined,
): Promise<string> {
  if (!claim || !isServableOwner(claim.owner)) throw new NotFoundError("Calendar feed");
  const live = await deps.feeds.liveGeneration(claim.owner);
  if (live !== claim.generation) throw new NotFoundError("Calendar feed");
  return calendarFeed(await listAllOwnerInterviews(deps.store, claim.owner));
}
