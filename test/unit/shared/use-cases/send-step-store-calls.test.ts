import { describe, expect, it } from "vitest";
import type { Step } from "../../../../shared/domain/step.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";
import { interviewDetails } from "../../../support/test-deps.js";

// What one send costs the interview store (issue 12: one conditional claim, one targeted update): no read;
// the claim is written first, on the condition the read was for, and hands back the item it was written
// on; the "sent" record is one targeted conditional write starting from the item the claim wrote; a
// refused claim or a lost race is decided again on the item the failed write returned.

useFixedSystemTime();

type Deps = SendTestDeps;

function sendDeps(): Deps {
  return sendTestDeps();
}

const due = (deps: Deps) => dueStep(deps);

function counting(deps: Deps) {
  const start = { ...deps.store.calls };
  return () => ({
    get: deps.store.calls.get - start.get,
    replace: deps.store.calls.replace - start.replace,
    targetedReplace: deps.store.calls.targetedReplace - start.targetedReplace,
    claimStep: deps.store.calls.claimStep - start.claimStep,
  });
}

describe("sendStep's calls to the interview store", () => {
  it("sends a step with no read and two writes: the claim, then 'sent' from the item the claim wrote", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const calls = counting(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(calls()).toEqual({ get: 0, claimStep: 1, replace: 1, targetedReplace: 1 });
    expect(deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.status).toBe("sent");
  });

  it("decides on the item a refused claim returned: a stop written just before it cancels the step, with no read and no email", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const claimStep = deps.store.claimStep.bind(deps.store);
    deps.store.claimStep = async (claim) => {
      deps.store.writeConcurrently(claim.interviewId, (c) => ({
        ...c,
        status: "stopped",
        stopReason: "offer",
      }));
      return claimStep(claim);
    };
    const calls = counting(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("cancelled");
    expect(deps.mailer.sent).toHaveLength(0);
    expect(calls()).toEqual({ get: 0, claimStep: 1, replace: 1, targetedReplace: 1 });
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
    expect(calls()).toEqual({ get: 0, claimStep: 1, replace: 2, targetedReplace: 2 });
    expect(deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.status).toBe("sent");
  });

  it("tags an email to a contact with its step, which SES's Send event brings back to ses-events to index", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    // The tags the Send event brings back: the step, and no reminder kind.
    expect(deps.mailer.sent[0]?.tags).toEqual({ interviewId: interview.id, stepId: step.id });
  });

  it("tags a reminder so that ses-events does not index it: it goes to the candidate alone, with no Reply-To", async () => {
    const deps = sendDeps();
    const interview = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const reminder = interview.steps.find((s) => s.channel === "reminder") as Step;
    deps.clock.set(reminder.sendAt);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: reminder.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent.map((m) => m.to[0]?.email)).toEqual([interview.candidate.email]);
    expect(deps.mailer.sent[0]?.tags).toMatchObject({ kind: "step_reminder" });
  });
});
