import { describe, expect, it } from "vitest";
import { dateReadingReference } from "../../../../shared/inbound/date-reading-reference.js";
import { judgeReadDate } from "../../../../shared/inbound/judge-read-date.js";

const now = new Date("2026-12-02T15:00:00Z");

describe("judgeReadDate", () => {
  it.each([
    ["2026-12-01", { usable: false, why: "past" }],
    ["2025-03-03", { usable: false, why: "past" }],
    ["2026-12-02", { usable: true }],
    ["2027-03-02", { usable: true }], // 90 days ahead
    ["2027-03-03", { usable: false, why: "too_far" }], // 91 days ahead
    ["2099-12-31", { usable: false, why: "too_far" }],
  ])("%s -> %j", (date, verdict) => {
    expect(judgeReadDate(date, now, "UTC", 90)).toEqual(verdict);
  });

  it("counts days in the interview's zone", () => {
    // 01:00 UTC on Dec 2 is still Dec 1 in New York: Dec 1 is today there, not past.
    const early = new Date("2026-12-02T01:00:00Z");
    expect(judgeReadDate("2026-12-01", early, "America/New_York", 90)).toEqual({ usable: true });
    expect(judgeReadDate("2026-12-01", early, "UTC", 90)).toEqual({ usable: false, why: "past" });
  });

  it("the limit is the caller's", () => {
    expect(judgeReadDate("2026-12-20", now, "UTC", 10)).toEqual({ usable: false, why: "too_far" });
  });
});

describe("dateReadingReference", () => {
  it("is the Date header when the message has a valid one", () => {
    expect(dateReadingReference("2026-11-24T15:00:00.000Z", now).toISOString()).toBe(
      "2026-11-24T15:00:00.000Z",
    );
  });

  it.each([
    ["no Date header", undefined],
    ["an unreadable one", "not a date"],
    ["one more than a day in the future", "2027-01-01T00:00:00.000Z"],
  ])("is the receipt time with %s", (_, header) => {
    expect(dateReadingReference(header, now)).toBe(now);
  });
});
