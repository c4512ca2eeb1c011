import { describe, expect, it } from "vitest";
import { DISPATCH_WINDOW_MS } from "../../../../shared/domain/claim-window.js";
import { reconcileSchedules } from "../../../../shared/use-cases/reconcile-schedules.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { sendingConfigurationError, throttlingError } from "../../../support/fake-mailer.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";

// The schedule that fired a step deletes itself once Lambda took the invocation; a send that then fails
// with nothing handed to SES gets Lambda's two retries (about three minutes), then a dead letter. A step
// released as `scheduled` had no schedule left and nothing looked at it again: never sent. Released as
// `unscheduled`, the reconciler gives it a schedule, and the claim still lets it go only once.

useFixedSystemTime();

const LAMBDA_ATTEMPTS = 3;

async function firedAndSpent(deps: SendTestDeps) {
  const { interview, step } = await dueStep(deps);
  deps.schedules.live.delete(step.scheduleName);
  return { interview, step, payload: { interviewId: interview.id, stepId: step.id } };
}

async function reconciledThenSentOnce(deps: SendTestDeps, fired: Awaited<ReturnType<typeof firedAndSpent>>) {
  await reconcileSchedules(deps);
  expect(deps.schedules.live.has(fired.step.scheduleName)).toBe(true);
  deps.clock.advance(60_000);
  expect((await sendStep(deps, fired.payload)).result).toBe("sent");
  expect((await sendStep(deps, fired.payload)).result).toBe("ignored");
  expect(deps.mailer.sent).toHaveLength(1);
}

describe("a step released with nothing handed to SES, after its sender's retries ran out", () => {
  it("SES throttled every attempt: the reconciler gives it a schedule, and it goes once", async () => {
    const deps = sendTestDeps();
    const fired = await firedAndSpent(deps);
    deps.mailer.failNext(...Array.from({ length: LAMBDA_ATTEMPTS }, throttlingError));
    for (let i = 0; i < LAMBDA_ATTEMPTS; i++) await expect(sendStep(deps, fired.payload)).rejects.toThrow();
    expect(deps.mailer.sent).toEqual([]);

    await reconciledThenSentOnce(deps, fired);
  });

  it("SES refused for our own configuration (an unverified MAIL FROM domain): the step waits, the operator hears, and it goes once fixed", async () => {
    const deps = sendTestDeps();
    const fired = await firedAndSpent(deps);
    deps.mailer.failNext(...Array.from({ length: LAMBDA_ATTEMPTS }, sendingConfigurationError));
    for (let i = 0; i < LAMBDA_ATTEMPTS; i++) await expect(sendStep(deps, fired.payload)).rejects.toThrow();
    expect(deps.mailer.sent).toEqual([]);
    expect(deps.store.peek(fired.interview.id)?.steps.find((s) => s.id === fired.step.id)?.status).toBe(
      "unscheduled",
    );
    const loud = deps.log.lines.filter((l) => l.level === "error" && l.data?.stepId === fired.step.id);
    expect(loud).toHaveLength(LAMBDA_ATTEMPTS);
    expect(String(loud[0]?.data?.error)).toContain("MailFromDomainNotVerifiedException");

    await reconciledThenSentOnce(deps, fired);
  });

  it("the owner's record could not be written: the reconciler gives it a schedule, and it goes once", async () => {
    const deps = sendTestDeps();
    const fired = await firedAndSpent(deps);
    deps.gate.failNext = new Error("the owner's record is unavailable");
    await expect(sendStep(deps, fired.payload)).rejects.toThrow("unavailable");

    await reconciledThenSentOnce(deps, fired);
  });

  it("the claim's window was missed: the reconciler gives it a schedule, and it goes once", async () => {
    const deps = sendTestDeps();
    const fired = await firedAndSpent(deps);
    deps.store.afterNextReplace(fired.interview.id, () => deps.realtime.advance(DISPATCH_WINDOW_MS));
    await expect(sendStep(deps, fired.payload)).rejects.toThrow();

    await reconciledThenSentOnce(deps, fired);
  });
});
