import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compareCodeUnits } from "../../../../shared/domain/compare-code-units.js";
import { latestSentStepId } from "../../../../shared/domain/latest-sent-step-id.js";
import { calendarFeed } from "../../../../shared/mail/calendar-feed.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();
afterEach(() => vi.restoreAllMocks());

describe("compareCodeUnits", () => {
  it("orders as < does, not by locale: upper case before lower, digits before letters", () => {
    expect(["b", "a", "B", "_", "1"].sort(compareCodeUnits)).toEqual(["1", "B", "_", "a", "b"]);
    expect(compareCodeUnits("2026-03-01T09:00:00.000Z", "2026-03-01T10:00:00.000Z")).toBe(-1);
    expect(compareCodeUnits("x", "x")).toBe(0);
  });

  it("agrees with < and > on any strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareCodeUnits(a, b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});

describe("sorting without locale collation", () => {
  // The first localeCompare of a process loads ICU (~8 ms alone; ~0.6 ms more once a DateTimeFormat has).
  it("renders a feed of several interviews, zones and ties without localeCompare", async () => {
    const spy = vi.spyOn(String.prototype, "localeCompare");
    const one = await createInterview(testDeps(), { owner: "u", details: interviewDetails() });
    const two = await createInterview(testDeps(), {
      owner: "u",
      details: interviewDetails({
        interviewers: [{ name: "Ann Lee", email: "ann@acme.test", timezone: "Asia/Tokyo", country: "JP" }],
      }),
    });
    const tied = {
      ...two,
      steps: two.steps.map((s) => ({ ...s, sendAt: one.steps[0]?.sendAt ?? s.sendAt })),
    };
    expect(calendarFeed([one, tied, { ...one, id: `${one.id}B` }])).toContain("BEGIN:VTIMEZONE");
    const sent = {
      ...one,
      steps: one.steps.map((s, i) => ({ ...s, sentAt: `2026-01-0${(i % 9) + 1}T09:00:00.000Z` })),
    };
    expect(latestSentStepId(sent)).toBe(one.steps[Math.min(one.steps.length, 9) - 1]?.id);
    expect(spy).not.toHaveBeenCalled();
  });
});
