import { describe, expect, it } from "vitest";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";

// A store whose answer to a write is lost although the write landed: DynamoDB under load (or the local
// store behind a busy event loop) answers after the SDK's request timeout. The SDK's retry of the same
// conditional write then fails its condition, or the SDK gives up with a timeout. Either way the claim is
// stored: the sender must recognise it as its own, never leave it `sending` with no sender behind it.

useFixedSystemTime();

type Deps = SendTestDeps;

const sendDeps = sendTestDeps;

const due = (deps: Deps) => dueStep(deps);

const statusOf = (deps: Deps, id: string, stepId: string) =>
  deps.store.peek(id)?.steps.find((s) => s.id === stepId)?.status;

/** The `nth` replace lands and then fails with `error` (its answer lost); the others are untouched. */
function loseAnswerOfReplace(deps: Deps, nth: number, error: (id: string) => Error) {
  const replace = deps.store.replace.bind(deps.store);
  let calls = 0;
  deps.store.replace = async (next, expected) => {
    calls++;
    await replace(next, expected);
    if (calls === nth) throw error(next.id);
  };
}

/**
 * The claim written with no read is refused (as the store does for a step it cannot claim blind), so the
 * sender decides on the item the refusal carried and claims with a write on the version: the path these
 * races are about.
 */
function refuseClaimsWithNoRead(deps: Deps) {
  deps.store.claimStep = async (claim) => ({ claimed: false, current: deps.store.peek(claim.interviewId) });
}

/** Another writer (another step's sender, a PATCH) changes the item before each of the next `n` replaces. */
function rivalWritesBeforeReplaces(deps: Deps, id: string, n: number) {
  deps.store.raceNextReplaces(id, n);
}

describe("a claim whose answer was lost on the sender's last attempt", () => {
  it("is recognised as ours and sent once, not left `sending` (4 rival writes, then our claim lands and its retry conflicts)", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    refuseClaimsWithNoRead(deps);
    rivalWritesBeforeReplaces(deps, interview.id, 4);
    loseAnswerOfReplace(deps, 5, (id) => new VersionConflictError(id));

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
  });

  it("still gives up after the last attempt when every conflict was a rival's write", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    refuseClaimsWithNoRead(deps);
    rivalWritesBeforeReplaces(deps, interview.id, 5);

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(deps.mailer.sent).toEqual([]);
    expect(statusOf(deps, interview.id, step.id)).toBe("scheduled");
  });
});

describe("a claim write that timed out but landed", () => {
  it("is found on one more read and sent once, not left `sending` to turn into a false `unknown`", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    refuseClaimsWithNoRead(deps);
    loseAnswerOfReplace(
      deps,
      1,
      () => new DependencyUnavailableError("The interview store", new Error("TimeoutError")),
    );

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
  });

  it("a timed-out claim that did not land is reported, and the step is left for the retry", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    refuseClaimsWithNoRead(deps);
    deps.store.replace = async () => {
      throw new DependencyUnavailableError("The interview store", new Error("TimeoutError"));
    };

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
    expect(deps.mailer.sent).toEqual([]);
    expect(statusOf(deps, interview.id, step.id)).toBe("scheduled");
  });
});

describe("a claim written with no read whose answer was lost", () => {
  /** The next claim lands, then fails with `error` (its answer lost). */
  function loseAnswerOfClaim(deps: Deps, error: Error) {
    const claimStep = deps.store.claimStep.bind(deps.store);
    deps.store.claimStep = async (claim) => {
      deps.store.claimStep = claimStep;
      await claimStep(claim);
      throw error;
    };
  }

  it("timed out: is found on one more read and sent once, not left `sending`", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    loseAnswerOfClaim(deps, new DependencyUnavailableError("The interview store", new Error("TimeoutError")));

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
  });

  it("retried by the SDK, the retry finds our own claim: sent once", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const claimStep = deps.store.claimStep.bind(deps.store);
    // The first attempt lands; the SDK's retry of the same request is what answers.
    deps.store.claimStep = async (claim) => {
      await claimStep(claim);
      return claimStep(claim);
    };

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
  });

  it("timed out and did not land: reported, the step left `scheduled` for the retry", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.store.claimStep = async () => {
      throw new DependencyUnavailableError("The interview store", new Error("TimeoutError"));
    };

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      DependencyUnavailableError,
    );
    expect(deps.mailer.sent).toEqual([]);
    expect(statusOf(deps, interview.id, step.id)).toBe("scheduled");
  });
});
