import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { isPendingStep } from "../../../../shared/domain/step.js";
import { ConflictError, NotFoundError } from "../../../../shared/errors/app-error.js";
import { managePageHtml } from "../../../../shared/mail/manage-page-html.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { managedInterview, manageInterview } from "../../../../shared/use-cases/manage-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";

async function reminded(
  deps: TestDeps,
): Promise<{ interview: Interview; target: { interviewId: string; stepId: string } }> {
  const interview = await createInterview(deps, {
    owner: OWNER,
    details: interviewDetails({ mode: "remind" }),
  });
  deps.schedules.clearHistory();
  const reminder = interview.steps.find((s) => s.channel === "reminder");
  if (!reminder) throw new Error("no reminder step");
  return { interview, target: { interviewId: interview.id, stepId: reminder.id } };
}

describe("managedInterview", () => {
  it("finds the interview of a reminder's link", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);
    expect(await managedInterview(deps, target)).toEqual(interview);
  });

  it("answers 404 for an unknown step and a deleted interview", async () => {
    const deps = testDeps();
    const { interview } = await reminded(deps);
    for (const target of [
      { interviewId: interview.id, stepId: "s999" },
      { interviewId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", stepId: "s1" },
      { interviewId: "not-an-id", stepId: "s1" },
    ]) {
      await expect(managedInterview(deps, target)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

/**
 * A chain a contact answered, with the check-in the reply planned still pending: the forward of the reply
 * carries a manage link naming that check-in (an email step), so the candidate can cancel or snooze it.
 */
async function repliedWithCheckIn(deps: TestDeps): Promise<{ interview: Interview; checkInId: string }> {
  const created = await createInterview(deps, { owner: OWNER, details: interviewDetails({ mode: "send" }) });
  const email = created.steps.find((s) => s.channel === "email");
  if (!email) throw new Error("no email step");
  const checkIn = { ...email, id: "s90", phase: "after_reply" as const, status: "scheduled" as const };
  const steps = created.steps.map((s) => (isPendingStep(s) ? { ...s, status: "cancelled" as const } : s));
  const interview: Interview = {
    ...created,
    status: "replied",
    stopReason: "replied",
    steps: [...steps, checkIn],
  };
  deps.store.put(interview);
  deps.schedules.clearHistory();
  return { interview, checkInId: checkIn.id };
}

describe("a replied chain's planned check-in, from the link in the reply's forward", () => {
  it("is found by its link, though it is an email step", async () => {
    const deps = testDeps();
    const { interview, checkInId } = await repliedWithCheckIn(deps);
    expect(await managedInterview(deps, { interviewId: interview.id, stepId: checkInId })).toEqual(interview);
  });

  it("the page lists the check-in with both buttons", async () => {
    const { interview } = await repliedWithCheckIn(testDeps());
    const html = managePageHtml(interview);
    expect(html.match(/<li>/g)).toHaveLength(1);
    expect(html.match(/<form method="post">/g)).toHaveLength(2);
    expect(html).not.toContain("Nothing more will be sent");
  });

  it("snooze moves the check-in a week", async () => {
    const deps = testDeps();
    const { interview, checkInId } = await repliedWithCheckIn(deps);
    const before = interview.steps.find((s) => s.id === checkInId);

    const outcome = await manageInterview(deps, { interviewId: interview.id, stepId: checkInId }, "snooze");

    expect(outcome).toMatchObject({ action: "snooze", stepsMoved: 1, repeated: false });
    const after = outcome.interview.steps.find((s) => s.id === checkInId);
    expect(Date.parse(after?.sendAt ?? "") - Date.parse(before?.sendAt ?? "")).toBeGreaterThanOrEqual(
      7 * 86_400_000,
    );
    expect(outcome.interview.status).toBe("replied");
  });

  it("stop cancels the check-in", async () => {
    const deps = testDeps();
    const { interview, checkInId } = await repliedWithCheckIn(deps);

    const outcome = await manageInterview(deps, { interviewId: interview.id, stepId: checkInId }, "stop");

    expect(outcome).toMatchObject({ action: "stop", stepsCancelled: 1 });
    expect(outcome.interview.steps.find((s) => s.id === checkInId)?.status).toBe("cancelled");
  });
});

describe("manageInterview", () => {
  it("stop: cancels the whole chain with reason cancelled, as its owner, and is idempotent", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);
    const pending = interview.steps.filter(isPendingStep);

    const outcome = await manageInterview(deps, target, "stop");

    expect(outcome).toMatchObject({ action: "stop", stepsCancelled: pending.length });
    expect(outcome.interview).toMatchObject({ status: "stopped", stopReason: "cancelled", owner: OWNER });
    expect(outcome.interview.steps.every((s) => s.status === "cancelled")).toBe(true);
    expect(deps.schedules.removes.sort()).toEqual(pending.map((s) => s.scheduleName).sort());
    expect(outcome.interview.events.at(-1)).toMatchObject({
      type: "chain.stopped",
      detail: "Stopped: cancelled. From the link in a reminder. Already sent: nothing.",
    });

    const writes = deps.store.calls.replace;
    const again = await manageInterview(deps, target, "stop");
    expect(again).toMatchObject({ action: "stop", stepsCancelled: 0 });
    expect(deps.store.calls.replace).toBe(writes);
  });

  it("stop: on a chain that has completed (still waiting for an answer), records the stop", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);
    deps.store.writeConcurrently(interview.id, (c) => ({ ...c, status: "completed" }));
    const outcome = await manageInterview(deps, target, "stop");
    expect(outcome.interview).toMatchObject({ status: "stopped", stopReason: "cancelled" });
  });

  it("stop: answers 409 for a superseded round", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);
    deps.store.writeConcurrently(interview.id, (c) => ({ ...c, status: "superseded" }));
    await expect(manageInterview(deps, target, "stop")).rejects.toBeInstanceOf(ConflictError);
  });

  it("snooze: moves the pending steps a week; a repeat changes nothing", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);

    const outcome = await manageInterview(deps, target, "snooze");

    expect(outcome).toMatchObject({
      action: "snooze",
      // The nudge before the decision date is cancelled instead: a week would take it past that date.
      stepsMoved: interview.steps.filter((s) => isPendingStep(s) && s.kind !== "pre_decision_nudge").length,
      repeated: false,
    });
    expect(outcome.interview.events.at(-1)?.type).toBe("chain.snoozed");
    const again = await manageInterview(deps, target, "snooze");
    expect(again).toMatchObject({ action: "snooze", stepsMoved: 0, repeated: true });
    expect(again.interview).toEqual(deps.store.peek(interview.id));
  });

  it("snooze: answers 409 with a clear message once the chain is stopped", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);
    await stopInterview(deps, { owner: OWNER, id: interview.id, reason: "offer" });

    await expect(manageInterview(deps, target, "snooze")).rejects.toMatchObject({
      code: "chain_not_active",
      message: "This chain is already stopped (offer): there is nothing to snooze.",
    });
  });

  it("answers 404 once the interview is deleted", async () => {
    const deps = testDeps();
    const { interview, target } = await reminded(deps);
    await deps.store.remove(interview.id, interview.version);
    for (const action of ["stop", "snooze"] as const) {
      await expect(manageInterview(deps, target, action)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
