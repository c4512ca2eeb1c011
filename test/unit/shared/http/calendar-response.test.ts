import { describe, expect, it } from "vitest";
import { calendarResponse } from "../../../../shared/http/calendar-response.js";

const FEED = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

describe("calendarResponse", () => {
  it("serves the feed with an ETag that changes when the text does, kept by the app only and revalidated", () => {
    const first = calendarResponse(FEED);
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe(FEED);
    expect(first.headers?.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers?.["cache-control"]).toBe("private, no-cache");
    expect(calendarResponse(FEED).headers?.etag).toBe(first.headers?.etag);
    expect(calendarResponse(FEED.replace("2.0", "2.1")).headers?.etag).not.toBe(first.headers?.etag);
  });

  it("answers 304 with no body to an If-None-Match naming the current tag, weak or in a list, or *", () => {
    const etag = String(calendarResponse(FEED).headers?.etag);
    for (const given of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const res = calendarResponse(FEED, given);
      expect(res.statusCode, given).toBe(304);
      expect(res.body).toBe("");
      expect(res.headers?.etag).toBe(etag);
      expect(res.headers?.["content-type"]).toBeUndefined();
    }
  });

  it("serves the whole feed to a tag it does not have (an older feed's, or none)", () => {
    for (const given of ['"older"', "", etagWithoutQuotes()]) {
      expect(calendarResponse(FEED, given).statusCode, given).toBe(200);
    }
  });
});

function etagWithoutQuotes() {
  return String(calendarResponse(FEED).headers?.etag).replaceAll('"', "");
}
