import { beforeAll, describe, expect, it } from "vitest";
import { decideClaim } from "../../../../shared/domain/decide-claim.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { claimWords } from "../../../../shared/mail/claim-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

let interview: Interview;
let thankYou: Step;

beforeAll(async () => {
  interview = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
  thankYou = interview.steps.find((s) => s.kind === "thank_you") as Step;
});

const withThankYou = (change: Partial<Step>, chain: Partial<Interview> = {}): Interview => ({
  ...interview,
  ...chain,
  steps: interview.steps.map((s) => (s.id === thankYou.id ? { ...s, ...change } : s)),
});

describe("claimWords: why a firing leaves its step unsent", () => {
  it("names a step the chain no longer has, and one already settled by its status", () => {
    expect(decideClaim(interview, "s99", FIXED_NOW, claimWords)).toEqual({
      action: "ignore",
      reason: "no such step",
    });
    expect(decideClaim(withThankYou({ status: "sent" }), thankYou.id, FIXED_NOW, claimWords)).toEqual({
      action: "ignore",
      reason: "already sent",
    });
  });

  it("gives a stopped chain's status and reason as a cancelled step's reason (a reply has no reason)", () => {
    const stopped = withThankYou({ status: "scheduled" }, { status: "stopped", stopReason: "rejected" });
    expect(decideClaim(stopped, thankYou.id, FIXED_NOW, claimWords)).toMatchObject({
      action: "cancel",
      reason: "chain stopped: rejected",
    });
    const replied = withThankYou({ status: "scheduled" }, { status: "replied" });
    expect(decideClaim(replied, thankYou.id, FIXED_NOW, claimWords)).toMatchObject({
      action: "cancel",
      reason: "chain replied",
    });
  });

  it("says until when a step that fired early is not due, and that a fresh claim is another sender's", () => {
    const early = new Date(Date.parse(thankYou.sendAt) - 3_600_000);
    // Scheduled, the step is also given its schedule again (decide-claim's tests); the words are the same.
    expect(decideClaim(withThankYou({ status: "scheduled" }), thankYou.id, early, claimWords)).toMatchObject({
      action: "reschedule",
      reason: `not due until ${thankYou.sendAt}`,
    });
    expect(decideClaim(withThankYou({ status: "unscheduled" }), thankYou.id, early, claimWords)).toEqual({
      action: "ignore",
      reason: `not due until ${thankYou.sendAt}`,
    });
    const at = new Date(thankYou.sendAt);
    const claimed = withThankYou({ status: "sending", claimedAt: at.toISOString() });
    expect(decideClaim(claimed, thankYou.id, at, claimWords)).toEqual({
      action: "busy",
      reason: "another sender is sending it",
    });
  });
});
