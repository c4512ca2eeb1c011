import { describe, expect, it } from "vitest";
import { contactOf } from "../../../../shared/domain/contact-of.js";
import { recordReply } from "../../../../shared/domain/record-reply.js";
import { isPendingStep } from "../../../../shared/domain/step.js";
import { planWords } from "../../../../shared/mail/plan-words.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const AT = "2026-12-02T15:00:00.000Z";
const WORDS = {
  stop: { stepReason: "the stop's reason", detail: "the stop's detail" },
  reply: "the reply's detail",
  replacedCheckIn: "the replaced check-in's reason",
  plan: planWords,
};

describe("recordReply writes the words it is given", () => {
  it("the stop's on the cancelled steps and the timeline, the reply's on its event, the replaced check-in's on it", async () => {
    const current = await createInterview(testDeps(), { owner: "user-1", details: interviewDetails() });
    const reply = (decisionDate: string) => ({
      at: AT,
      now: FIXED_NOW,
      stepId: "s3",
      words: WORDS,
      decisionDate,
      replier: contactOf(current, "rita@acme.test"),
    });

    const first = recordReply(current, reply("2026-12-15"));
    expect(first.status).toBe("replied");
    const cancelled = first.steps.filter((s) => s.status === "cancelled");
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((s) => s.reason === "the stop's reason")).toBe(true);
    expect(first.events.slice(-2).map((e) => [e.type, e.detail])).toEqual([
      ["chain.replied", "the stop's detail"],
      ["reply.received", "the reply's detail"],
    ]);
    const checkIn = first.steps.find(isPendingStep);
    expect(checkIn?.phase).toBe("after_reply");

    const second = recordReply(first, reply("2026-12-22"));
    expect(second.steps.find((s) => s.id === checkIn?.id)).toMatchObject({
      status: "cancelled",
      reason: "the replaced check-in's reason",
    });
    expect(second.steps.filter(isPendingStep).map((s) => s.phase)).toEqual(["after_reply"]);
  });
});
