import { describe, expect, it } from "vitest";
import { calendarFeedPathToken } from "../../../../shared/security/calendar-feed-path-token.js";

describe("calendarFeedPathToken", () => {
  it("takes the token off a segment ending in .ics, whatever the suffix's case", () => {
    expect(calendarFeedPathToken("c-abc-1-def.ics")).toBe("c-abc-1-def");
    expect(calendarFeedPathToken("c-abc-1-def.ICS")).toBe("c-abc-1-def");
  });

  it("answers undefined without the suffix or without a segment", () => {
    expect(calendarFeedPathToken("c-abc-1-def")).toBeUndefined();
    expect(calendarFeedPathToken("c-abc-1-def.ics.txt")).toBeUndefined();
    expect(calendarFeedPathToken(undefined)).toBeUndefined();
  });
});
