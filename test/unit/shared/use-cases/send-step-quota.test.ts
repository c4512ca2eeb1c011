import { describe, expect, it } from "vitest";
import type { Step } from "../../../../shared/domain/step.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import { TransientSendError } from "../../../../shared/ports/mailer.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { throttlingError } from "../../../support/fake-mailer.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";
import { interviewDetails } from "../../../support/test-deps.js";
import { type TestUsage, testUsage } from "../../../support/test-usage.js";

useFixedSystemTime();

const OWNER = "user-1";

type Deps = SendTestDeps & { usage: TestUsage };

function sendDeps(emailsPerDay: number): Deps {
  return { ...sendTestDeps(), usage: testUsage({ emails_per_day: emailsPerDay }) };
}

const due = (deps: Deps, kind: Step["kind"]) => dueStep(deps, kind, OWNER);

const today = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);
const emailsToday = (deps: Deps) => deps.gate.count(OWNER, today(deps));

describe("sendStep with the daily email quota", () => {
  it("sends an email to a contact within the quota and counts it", async () => {
    const deps = sendDeps(2);
    const { interview, step } = await due(deps, "thank_you");

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(emailsToday(deps)).toBe(1);
  });

  it("over the quota, moves the email to the next day's send window, saying why on the step and the timeline", async () => {
    const deps = sendDeps(1);
    const { interview, step } = await due(deps, "thank_you");
    // The day's one email already went (another interview).
    deps.gate.fill(OWNER, today(deps), 1);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("moved");
    expect(deps.mailer.sent).toHaveLength(0);
    const stored = deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id) as Step;
    // Due Tuesday 24 Nov 09:30 New York; the quota resets at 00:00 UTC, so Wednesday's send slot.
    expect(stored.sendAt.slice(0, 10)).toBe("2026-11-25");
    expect(stored.sendAt.slice(10)).toBe(step.sendAt.slice(10));
    expect(stored.status).not.toBe("cancelled");
    expect(stored.why).toMatch(
      /^Deferred: the daily quota of 1 emails to contacts \(emails_per_day\) was used up/,
    );
    const event = deps.store
      .peek(interview.id)
      ?.events.find((e) => e.type === "step.moved" && e.stepId === step.id);
    expect(event?.detail).toContain("emails_per_day");
    expect(deps.schedules.live.get(stored.scheduleName)).toBeDefined();
    expect(emailsToday(deps)).toBe(1);

    // The next day, it goes.
    deps.clock.set(stored.sendAt);
    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
    expect(deps.mailer.sent.map((m) => m.to[0]?.email)).toEqual(["ann@acme.test"]);
  });

  it("does not count or defer reminders to the candidate", async () => {
    const deps = sendDeps(1);
    const { interview, step } = await due(deps, "handwritten_note");
    deps.gate.fill(OWNER, today(deps), 1);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent[0]?.to[0]?.email).toBe("cara@example.com");
    expect(emailsToday(deps)).toBe(1);
  });

  it("takes the day's slot once even when its claim must be retried after a concurrent write", async () => {
    const deps = sendDeps(5);
    const { interview, step } = await due(deps, "thank_you");
    deps.store.raceNextReplaces(interview.id, 2);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(emailsToday(deps)).toBe(1);
  });

  it("when the owner's record cannot be written, sends nothing and gives the claim back for the schedule's retry", async () => {
    const deps = sendDeps(5);
    const { interview, step } = await due(deps, "thank_you");
    deps.gate.failNext = new Error("quota table unreachable");

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toThrow(
      "quota table unreachable",
    );

    expect(deps.mailer.sent).toHaveLength(0);
    expect(deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.status).toBe("unscheduled");
    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
  });

  it("counts a step once when its pass of the owner's record timed out after landing and the schedule's retry sends it", async () => {
    const deps = sendDeps(5);
    const { interview, step } = await due(deps, "thank_you");
    const pass = deps.gate.pass.bind(deps.gate);
    let lose = true;
    deps.gate.pass = async (...args) => {
      const passed = await pass(...args);
      if (!lose) return passed;
      lose = false;
      throw new DependencyUnavailableError("The owner's record", new Error("TimeoutError"));
    };

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
    expect(deps.mailer.sent).toHaveLength(0);
    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");

    expect(deps.mailer.sent).toHaveLength(1);
    expect(emailsToday(deps)).toBe(1);
  });

  it("counts a step once when SES refused its first send and the retry sends it, leaving room for others", async () => {
    const deps = sendDeps(2);
    const { interview, step } = await due(deps, "thank_you");
    deps.mailer.failNext(throttlingError());

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      TransientSendError,
    );
    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
    expect(emailsToday(deps)).toBe(1);

    // The day's second slot is still there for another interview's email.
    const other = await due(deps, "thank_you");
    expect((await sendStep(deps, { interviewId: other.interview.id, stepId: other.step.id })).result).toBe(
      "sent",
    );
    expect(emailsToday(deps)).toBe(2);
  });

  it("takes no quota for a fire that sends nothing (a duplicate after the send)", async () => {
    const deps = sendDeps(5);
    const { interview, step } = await due(deps, "thank_you");
    await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    const again = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(again.result).toBe("ignored");
    expect(emailsToday(deps)).toBe(1);
  });
});

describe("sendStep with the daily email quota, steps of one interview fired together", () => {
  const three = [
    { name: "Ann Lee", email: "ann@acme.test" },
    { name: "Bo Chen", email: "bo@acme.test" },
    { name: "Cy Park", email: "cy@acme.test" },
  ];

  /** Fires, as a scheduler would, retrying every fire that threw, until none throws. */
  async function fireUntilSettled(deps: Deps, fires: { interviewId: string; stepId: string }[]) {
    let pending = fires;
    for (let round = 0; pending.length > 0 && round < 10; round++) {
      const results = await Promise.allSettled(pending.map((f) => sendStep(deps, f)));
      pending = pending.filter((_, i) => results[i]?.status === "rejected");
    }
    return pending;
  }

  it("sends all three thank-yous due at once, each fired twice at once, under a quota of exactly three", async () => {
    const deps = sendDeps(3);
    const interview = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ interviewers: three }),
    });
    const thanks = interview.steps.filter((s) => s.kind === "thank_you");
    expect(thanks).toHaveLength(3);
    expect(new Set(thanks.map((s) => s.sendAt)).size).toBe(1);
    deps.clock.set(thanks[0]?.sendAt as string);

    const fires = thanks.flatMap((s) => [
      { interviewId: interview.id, stepId: s.id },
      { interviewId: interview.id, stepId: s.id },
    ]);
    const left = await fireUntilSettled(deps, fires);

    expect(left).toEqual([]);
    expect(deps.mailer.sent.map((m) => m.to[0]?.email).sort()).toEqual(three.map((c) => c.email));
    const stored = deps.store.peek(interview.id)?.steps.filter((s) => s.kind === "thank_you") ?? [];
    expect(stored.map((s) => s.status)).toEqual(["sent", "sent", "sent"]);
    expect(emailsToday(deps)).toBe(3);
  });
});
