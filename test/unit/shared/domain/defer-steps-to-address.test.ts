import { beforeAll, describe, expect, it } from "vitest";
import { deferStepsToAddress } from "../../../../shared/domain/defer-steps-to-address.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const AT = "2026-11-30T15:00:00.000Z";
let base: Interview;

beforeAll(async () => {
  base = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
});

describe("deferStepsToAddress", () => {
  it("moves the contact's steps due before the return date, leaving them `unscheduled` until their schedules move", () => {
    const { interview, moved } = deferStepsToAddress(base, "Rita@acme.test", "2026-12-10", AT);

    const rita = interview.steps.filter((s) => s.to.email === "rita@acme.test");
    // The nudge (1 Dec) and the check-in (8 Dec) wait for Thursday 10 December; the weekly one (15 Dec) stays.
    expect(rita.map((s) => [s.sendAt, s.status])).toEqual([
      ["2026-12-10T09:30:00-05:00", "unscheduled"],
      ["2026-12-10T09:30:00-05:00", "unscheduled"],
      ["2026-12-15T09:30:00-05:00", "scheduled"],
    ]);
    expect(moved.map((s) => s.status)).toEqual(["unscheduled", "unscheduled"]);
    expect(interview.steps.filter((s) => s.to.email !== "rita@acme.test")).toEqual(
      base.steps.filter((s) => s.to.email !== "rita@acme.test"),
    );
  });
});
