import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../../../shared/errors/app-error.js";
import {
  issueCalendarFeed,
  readCalendarFeed,
  revokeCalendarFeed,
} from "../../../../shared/use-cases/calendar-feed-access.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { getInsights } from "../../../../shared/use-cases/get-insights.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryCalendarFeedStore } from "../../../support/in-memory-calendar-feed-store.js";
import { parseIcs } from "../../../support/parse-ics.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

function deps() {
  return { ...testDeps(), feeds: new InMemoryCalendarFeedStore() };
}

describe("the calendar feed's lifecycle", () => {
  it("hands out the same live generation until it is revoked, then a new one; the old one reads 404", async () => {
    const d = deps();
    const first = await issueCalendarFeed(d, "sam");
    expect(await issueCalendarFeed(d, "sam")).toBe(first);
    await expect(readCalendarFeed(d, { owner: "sam", generation: first })).resolves.toContain(
      "BEGIN:VCALENDAR",
    );

    expect(await revokeCalendarFeed(d, "sam")).toBe(true);
    await expect(readCalendarFeed(d, { owner: "sam", generation: first })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await revokeCalendarFeed(d, "sam")).toBe(false);

    const second = await issueCalendarFeed(d, "sam");
    expect(second).toBeGreaterThan(first);
    await expect(readCalendarFeed(d, { owner: "sam", generation: first })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(readCalendarFeed(d, { owner: "sam", generation: second })).resolves.toContain(
      "END:VCALENDAR",
    );
  });

  it("answers 404 alike for no token, an owner with no feed and an owner no key can hold", async () => {
    const d = deps();
    for (const claim of [
      undefined,
      { owner: "nobody", generation: 1 },
      { owner: "x".repeat(300), generation: 1 },
    ]) {
      const failure = await readCalendarFeed(d, claim).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(NotFoundError);
      expect((failure as NotFoundError).message).toBe("Calendar feed was not found.");
    }
  });

  it("lists only the token owner's steps", async () => {
    const d = deps();
    const mine = await createInterview(d, { owner: "sam", details: interviewDetails() });
    const theirs = await createInterview(d, {
      owner: "alex",
      details: interviewDetails({ company: "Other Co" }),
    });
    const generation = await issueCalendarFeed(d, "sam");
    const { events } = parseIcs(await readCalendarFeed(d, { owner: "sam", generation }));
    expect(events).toHaveLength(mine.steps.length);
    expect(events.every((e) => e.uid.startsWith(mine.id.toLowerCase()))).toBe(true);
    expect(events.some((e) => e.uid.startsWith(theirs.id.toLowerCase()))).toBe(false);
  });
});

describe("getInsights", () => {
  it("counts only the caller's interviews, across pages", async () => {
    const d = deps();
    const first = await createInterview(d, { owner: "sam", details: interviewDetails() });
    // More than one page of the owner index (100 a page): copies of one registered interview.
    for (let i = 1; i < 105; i += 1) {
      await d.store.create({ ...first, id: `${first.id.slice(0, -3)}${String(i).padStart(3, "0")}` });
    }
    await createInterview(d, { owner: "alex", details: interviewDetails({ cadence: "minimal" }) });
    const insights = await getInsights(d, "sam");
    expect(insights.interviews).toBe(105);
    expect(insights.byCadence.standard.interviews).toBe(105);
    expect(insights.byCadence.minimal.interviews).toBe(0);
    expect(insights.at).toBe(d.clock.now().toISOString());
  });
});
