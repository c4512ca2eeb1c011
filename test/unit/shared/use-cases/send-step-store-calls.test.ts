import { describe, expect, it, vi } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { type SendDeps, sendStep } from "../../../../shared/use-cases/send-step.js";
import { FakeMailer } from "../../../support/fake-mailer.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryMessageIndex } from "../../../support/in-memory-message-index.js";
import { InMemorySuppressionList } from "../../../support/in-memory-suppression-list.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

// What one send costs the interview store (issue 12: one conditional claim, one targeted update): the
// item is read once, to decide; the claim and the "sent" record are each one targeted conditional write,
// the second starting from the item the first wrote; a lost race is decided again on the item the failed
// write returned.

useFixedSystemTime();

type Deps = TestDeps & SendDeps & { mailer: FakeMailer; messages: InMemoryMessageIndex };

function sendDeps(): Deps {
  return {
    ...testDeps(),
    mailer: new FakeMailer(),
    messages: new InMemoryMessageIndex(),
    suppressions: new InMemorySuppressionList(),
    links: (interview, step) => ({
      replyTo: `r-${interview.id.toLowerCase()}-${step.id}@reply.example.test`,
    }),
  };
}

async function due(deps: Deps): Promise<{ interview: Interview; step: Step }> {
  const interview = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
  const step = interview.steps.find((s) => s.kind === "thank_you") as Step;
  deps.clock.set(step.sendAt);
  return { interview, step };
}

function counting(deps: Deps) {
  const start = { ...deps.store.calls };
  return () => ({
    get: deps.store.calls.get - start.get,
    replace: deps.store.calls.replace - start.replace,
    targetedReplace: deps.store.calls.targetedReplace - start.targetedReplace,
  });
}

describe("sendStep's calls to the interview store", () => {
  it("sends a step with one read and two targeted writes: the claim, then 'sent' from the item the claim wrote", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const calls = counting(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(calls()).toEqual({ get: 1, replace: 2, targetedReplace: 2 });
    expect(deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.status).toBe("sent");
  });

  it("decides again on the item a lost claim returned: a stop written after its read cancels the step, with no second read and no email", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const get = deps.store.get.bind(deps.store);
    let stopped = false;
    deps.store.get = async (id) => {
      const item = await get(id);
      if (!stopped) {
        stopped = true;
        deps.store.writeConcurrently(id, (c) => ({ ...c, status: "stopped", stopReason: "offer" }));
      }
      return item;
    };
    const calls = counting(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("cancelled");
    expect(deps.mailer.sent).toHaveLength(0);
    expect(calls()).toEqual({ get: 1, replace: 2, targetedReplace: 2 });
    expect(deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.status).toBe("cancelled");
  });

  it("records 'sent' from the item the failure returned when another writer wrote between the claim and the send", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // Right after our claim lands, another step's sender (or a PATCH) writes the item.
    deps.store.afterNextReplace(interview.id, () => deps.store.writeConcurrently(interview.id));
    const calls = counting(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(calls()).toEqual({ get: 1, replace: 3, targetedReplace: 3 });
    expect(deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.status).toBe("sent");
  });

  it("remembers the Message-ID of an email to a contact, the fallback for a reply that lost its token", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    if (outcome.result !== "sent") throw new Error(`not sent: ${outcome.result}`);
    expect(await deps.messages.find(outcome.messageIdHeader)).toEqual({
      interviewId: interview.id,
      stepId: step.id,
    });
  });

  it("writes no Message-ID index entry for a reminder: it goes to the candidate alone, with no Reply-To", async () => {
    const deps = sendDeps();
    const interview = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const reminder = interview.steps.find((s) => s.channel === "reminder") as Step;
    deps.clock.set(reminder.sendAt);
    const remember = vi.spyOn(deps.messages, "remember");

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: reminder.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent.map((m) => m.to[0]?.email)).toEqual([interview.candidate.email]);
    expect(remember).not.toHaveBeenCalled();
  });
});
