import { describe, expect, it } from "vitest";
import { hasStepsToSend } from "../../../../shared/domain/steps-to-send.js";
import { storedInterview, storedStep } from "../../../support/stored-interview.js";

describe("hasStepsToSend", () => {
  it("is true while an active chain has a scheduled step", () => {
    expect(hasStepsToSend(storedInterview())).toBe(true);
  });

  it("is false once every step has gone out or been cancelled", () => {
    const steps = [storedStep(1, { status: "sent" }), storedStep(2, { status: "cancelled" })];
    expect(hasStepsToSend(storedInterview({ steps }))).toBe(false);
  });

  it.each([
    ["stopped", "cancelled"],
    ["stopped", "offer"],
    ["replied", "replied"],
    ["completed", undefined],
  ] as const)(
    "is false for a %s chain (%s) whose only pending steps are chain steps",
    (status, stopReason) => {
      const interview = storedInterview({ status, ...(stopReason ? { stopReason } : {}) });
      expect(hasStepsToSend(interview)).toBe(false);
    },
  );

  it("is true for the steps a stopped or replied chain still sends: a rejection's notes, a check-in after a reply", () => {
    const rejection = storedStep(3, { phase: "after_rejection" });
    const checkIn = storedStep(4, { phase: "after_reply" });
    expect(
      hasStepsToSend(storedInterview({ status: "stopped", stopReason: "rejected", steps: [rejection] })),
    ).toBe(true);
    expect(
      hasStepsToSend(storedInterview({ status: "replied", stopReason: "replied", steps: [checkIn] })),
    ).toBe(true);
    expect(
      hasStepsToSend(storedInterview({ status: "stopped", stopReason: "cancelled", steps: [rejection] })),
    ).toBe(false);
  });
});
