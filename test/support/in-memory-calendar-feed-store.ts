import type { CalendarFeedStore } from "../../shared/ports/calendar-feed-store.js";

/** Feed generations in memory, with the Dynamo adapter's rules: generations only grow, one live at most. */
export class InMemoryCalendarFeedStore implements CalendarFeedStore {
  readonly feeds = new Map<string, { generation: number; active: boolean }>();

  async liveGeneration(owner: string): Promise<number | undefined> {
    const feed = this.feeds.get(owner);
    return feed?.active ? feed.generation : undefined;
  }

  async issue(owner: string): Promise<number> {
    const feed = this.feeds.get(owner);
    if (feed?.active) return feed.generation;
    const generation = (feed?.generation ?? 0) + 1;
    this.feeds.set(owner, { generation, active: true });
    return generation;
  }

  async revoke(owner: string): Promise<boolean> {
    const feed = this.feeds.get(owner);
    if (!feed?.active) return false;
    this.feeds.set(owner, { ...feed, active: false });
    return true;
  }
}
