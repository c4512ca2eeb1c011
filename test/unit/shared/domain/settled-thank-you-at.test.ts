import { describe, expect, it } from "vitest";
import { settledThankYouAt } from "../../../../shared/domain/settled-thank-you-at.js";
import type { Step, StepStatus } from "../../../../shared/domain/step.js";

const ANN = { name: "Ann Lee", email: "Ann@acme.test", role: "interviewer" as const };

function thankYou(status: StepStatus, extra: Partial<Step> = {}): Step {
  return {
    id: "s1",
    kind: "thank_you",
    channel: "email",
    to: { name: ANN.name, email: ANN.email },
    contact: ANN,
    sendAt: "2026-11-19T09:30:00-05:00",
    timezone: "America/New_York",
    phase: "chain",
    rule: "thank-you.next-business-morning",
    why: "",
    status,
    scheduleName: "x-s1",
    updatedAt: "2026-11-18T20:00:00.000Z",
    ...extra,
  };
}

describe("settledThankYouAt", () => {
  it("answers when a thank-you went, matched by kind and contact in any case", () => {
    const at = settledThankYouAt([thankYou("sent", { sentAt: "2026-11-19T14:31:05.000Z" })]);
    expect(at({ kind: "thank_you", contact: { ...ANN, email: "ann@ACME.test" } })).toEqual(
      new Date("2026-11-19T14:31:05.000Z"),
    );
    expect(at({ kind: "thank_you", contact: { ...ANN, email: "bob@acme.test" } })).toBeUndefined();
    expect(at({ kind: "referrer_update", contact: ANN })).toBeUndefined();
  });

  it("knows nothing of a thank-you still to go, or cancelled: the plan's own slot stands", () => {
    const at = settledThankYouAt([thankYou("scheduled"), thankYou("unscheduled"), thankYou("cancelled")]);
    expect(at({ kind: "thank_you", contact: ANN })).toBeUndefined();
  });

  it("takes the panel's thanks, which has no contact, by its kind", () => {
    const panel = thankYou("unknown", {
      kind: "panel_thanks",
      contact: undefined,
      claimedAt: "2026-11-19T14:30:00.000Z",
    });
    expect(settledThankYouAt([panel])({ kind: "panel_thanks" })).toEqual(
      new Date("2026-11-19T14:30:00.000Z"),
    );
  });
});
