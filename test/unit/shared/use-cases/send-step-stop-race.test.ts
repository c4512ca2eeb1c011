import { describe, expect, it } from "vitest";
import { DISPATCH_WINDOW_MS, handOverBy, SETTLE_GRACE_MS } from "../../../../shared/domain/claim-window.js";
import { withClaim } from "../../../../shared/domain/step-claim.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { type SentEmail, TransientSendError } from "../../../../shared/ports/mailer.js";
import { deleteInterview } from "../../../../shared/use-cases/delete-interview.js";
import { ClaimWindowMissedError } from "../../../../shared/use-cases/dispatch-claimed-step.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { unsubscribeContact } from "../../../../shared/use-cases/unsubscribe-contact.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryUnsubscribeArchive } from "../../../support/in-memory-unsubscribe-archive.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
type Deps = SendTestDeps & { unsubscribeArchive: InMemoryUnsubscribeArchive };

function sendDeps(): Deps {
  return { ...sendTestDeps(), unsubscribeArchive: new InMemoryUnsubscribeArchive() };
}

const due = (deps: Deps) => dueStep(deps, "thank_you", OWNER);

/** A mailer whose next send stays "in SES" until the test lets it answer; records when each call starts. */
function holdNextSend(deps: Deps) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const started: number[] = [];
  deps.mailer.onSend = async () => {
    started.push(deps.realtime.nowMs());
    deps.mailer.onSend = undefined;
    await held;
  };
  return { release: () => release(), started };
}

/** Resolves once `check` holds, yielding to the event loop between looks (bounded). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !check(); i++) await new Promise((r) => setImmediate(r));
  if (!check()) throw new Error("condition never held");
}

/** A due step whose send has started and is held "in SES": the moment every race below begins from. */
async function startHeldSend() {
  const deps = sendDeps();
  const { interview, step } = await due(deps);
  const ses = holdNextSend(deps);
  const sending = sendStep(deps, { interviewId: interview.id, stepId: step.id });
  await until(() => ses.started.length === 1);
  return { deps, interview, step, ses, sending };
}

const statusOf = (deps: Deps, id: string, stepId: string) =>
  deps.store.peek(id)?.steps.find((s) => s.id === stepId)?.status;

describe("a stop racing a send: never an email after the stop is written", () => {
  it("a stop that meets a claim in flight waits for it; its answer and timeline say the step went out", async () => {
    const { deps, interview, step, ses, sending } = await startHeldSend();
    let stopWritten = false;
    const stopping = stopInterview(deps, { owner: OWNER, id: interview.id, reason: "offer" }).then((r) => {
      stopWritten = true;
      return r;
    });
    // The stop keeps looking while the claim can still start (or is finishing) its SES call.
    await until(() => deps.realtime.slept >= 500);
    expect(stopWritten).toBe(false);
    expect(deps.store.peek(interview.id)?.status).toBe("active");

    ses.release();
    const [sent, stopped] = await Promise.all([sending, stopping]);

    expect(sent.result).toBe("sent");
    expect(stopped.status).toBe("stopped");
    expect(stopped.steps.find((s) => s.id === step.id)?.status).toBe("sent");
    const types = stopped.events.map((e) => e.type);
    expect(types.indexOf("step.sent")).toBeLessThan(types.indexOf("chain.stopped"));
    expect(stopped.events.at(-1)?.detail).toContain(
      `Already sent: ${step.id} (thank you to ${step.to.email})`,
    );
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("a stop written before the claim makes the claim fail: nothing is sent", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // The stop lands just before the claim, written with no read, reaches the store.
    const claimStep = deps.store.claimStep.bind(deps.store);
    deps.store.claimStep = async (claim) => {
      deps.store.claimStep = claimStep;
      await stopInterview(deps, { owner: OWNER, id: interview.id, reason: "withdrawn" });
      return claimStep(claim);
    };

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).not.toBe("sent");
    expect(deps.mailer.sent).toEqual([]);
    expect(statusOf(deps, interview.id, step.id)).toBe("cancelled");
  });

  it("a sender that could not start SES within its window releases the claim and sends nothing", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // The claim's write is slow: by the time it returns, the window in which a stop waits for it is over.
    deps.store.afterNextReplace(interview.id, () => deps.realtime.advance(DISPATCH_WINDOW_MS));

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      ClaimWindowMissedError,
    );
    expect(deps.mailer.sent).toEqual([]);
    expect(statusOf(deps, interview.id, step.id)).toBe("unscheduled");

    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("a stop that already waited out the claim's window still gives a call started at its edge the grace to settle", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // The SES call starts late in the claim's window and answers 1 s after the window closed.
    let settleAt = Number.POSITIVE_INFINITY;
    let stopWritten = false;
    deps.mailer.onSend = async () => {
      deps.mailer.onSend = undefined;
      await until(() => stopWritten || deps.realtime.nowMs() >= settleAt);
    };
    const stopping = (async () => {
      await until(() => statusOf(deps, interview.id, step.id) === "sending");
      const claimed = deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id);
      settleAt = (claimed?.dispatchBy ?? 0) + 1_000;
      // The stop began as the claim was written: by the window's end it has waited 3 s, more than the grace.
      const answer = await stopInterview(deps, { owner: OWNER, id: interview.id, reason: "offer" });
      stopWritten = true;
      return answer;
    })();
    const sending = sendStep(deps, { interviewId: interview.id, stepId: step.id });
    const stopped = await stopping;
    expect((await sending).result).toBe("sent");
    // Written after the call settled, so its answer says the step went out: no email follows the stop.
    expect(deps.realtime.nowMs()).toBeGreaterThanOrEqual(settleAt);
    expect(stopped.steps.find((s) => s.id === step.id)?.status).toBe("sent");
  });

  it("a stop that outlasts a hung SES call is written after the grace, naming the step in flight", async () => {
    const { deps, interview, step, ses, sending } = await startHeldSend();

    const stopped = await stopInterview(deps, { owner: OWNER, id: interview.id, reason: "offer" });

    // Written only once the claim could no longer start a call, and after the grace for it to settle.
    expect(deps.realtime.slept).toBeGreaterThanOrEqual(SETTLE_GRACE_MS);
    expect(ses.started[0]).toBeLessThan(deps.realtime.nowMs());
    expect(stopped.steps.find((s) => s.id === step.id)?.status).toBe("sending");
    expect(stopped.events.at(-1)?.detail).toContain(`In flight at the stop, outcome to follow: ${step.id}`);

    ses.release();
    expect((await sending).result).toBe("sent");
    // The send that had started is recorded for what it was; nothing else of the chain goes.
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
    expect(deps.store.peek(interview.id)?.status).toBe("stopped");
  });

  it("a hung SES call is given a deadline that ends before a stop that waits for it can be written", async () => {
    const { deps, interview, step, ses, sending } = await startHeldSend();
    const dispatchBy = deps.store.peek(interview.id)?.steps.find((s) => s.id === step.id)?.dispatchBy ?? 0;

    await stopInterview(deps, { owner: OWNER, id: interview.id, reason: "offer" });
    const stopWrittenAt = deps.realtime.nowMs();

    // The mailer cuts the call at this moment (SesMailer: the SDK destroys the request), so no part of it
    // reaches SES after the stop; a deadline at or past the stop's write would let a slow call arrive later.
    const cutAt = (ses.started[0] ?? 0) + (deps.mailer.cutAfter[0] ?? Number.POSITIVE_INFINITY);
    expect(cutAt).toBe(handOverBy(dispatchBy));
    expect(cutAt).toBeGreaterThan(dispatchBy);
    expect(cutAt).toBeLessThanOrEqual(stopWrittenAt - 500);
    ses.release();
    await sending;
  });

  it("an unsubscribe that meets a send to that address waits for it, then nothing more goes to it", async () => {
    const { deps, interview, step, ses, sending } = await startHeldSend();

    let answered = false;
    const unsubscribing = unsubscribeContact(deps, { interviewId: interview.id, stepId: step.id }).then(
      () => {
        answered = true;
      },
    );
    await until(() => deps.realtime.slept >= 200);
    expect(answered).toBe(false);
    ses.release();
    await Promise.all([sending, unsubscribing]);

    expect(deps.mailer.sent.filter((m) => m.to.some((t) => t.email === step.to.email))).toHaveLength(1);
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
    const later = deps.store
      .peek(interview.id)
      ?.steps.filter((s) => s.to.email === step.to.email && s.id !== step.id);
    expect(later?.every((s) => s.status === "cancelled" || s.status === "sent")).toBe(true);
  });
});

describe("recording a send under contention", () => {
  it("outlasts many conflicting writes (other steps of the chain being sent): the step reads sent, never stuck", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.mailer.onSend = () => {
      // While the email is in SES, a dozen other writers get to the item before each of our attempts.
      deps.store.raceNextReplaces(interview.id, 12);
    };

    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
  });
});

describe("a claim whose write timed out but landed", () => {
  it("is recognised as ours on the fresh read (the SDK's retry saw its own write): sent once, never `unknown`", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const replace = deps.store.replace.bind(deps.store);
    deps.store.replace = async (next, expected) => {
      deps.store.replace = replace;
      await replace(next, expected);
      // The first attempt landed; its answer was lost and the retry failed its condition.
      throw new VersionConflictError(next.id);
    };

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(statusOf(deps, interview.id, step.id)).toBe("sent");
  });

  it("a rival's claim is never mistaken for ours", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const claimStep = deps.store.claimStep.bind(deps.store);
    deps.store.claimStep = async (claim) => {
      deps.store.claimStep = claimStep;
      // Another sender claimed the same step at the same instant and won.
      deps.store.writeConcurrently(interview.id, (current) =>
        withClaim(current, { ...claim, claimId: "rival" }),
      );
      return claimStep(claim);
    };

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toThrow(
      "being sent by another invocation",
    );
    expect(deps.mailer.sent).toEqual([]);
  });
});

describe("a claim is released whenever nothing was handed to SES", () => {
  it("the owner's record failing (suppression and quota) leaves no claim: the step waits `unscheduled` and the retry sends", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.gate.failNext = new Error("the owner's record is unavailable");

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toThrow(
      "unavailable",
    );
    expect(statusOf(deps, interview.id, step.id)).toBe("unscheduled");
    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("an email that cannot be composed is `failed` with the reason, never `unknown`, and the candidate is not told it may have left", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.links = () => {
      throw new Error("no signing key");
    };

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toEqual({ result: "failed", reason: "the email could not be written: no signing key" });
    expect(statusOf(deps, interview.id, step.id)).toBe("failed");
    expect(deps.mailer.sent).toEqual([]);
  });

  it("SES never reached (connection refused) releases the claim for the retry", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.mailer.failNext(new TransientSendError("SES did not take the email: connect ECONNREFUSED"));

    await expect(sendStep(deps, { interviewId: interview.id, stepId: step.id })).rejects.toBeInstanceOf(
      TransientSendError,
    );
    expect(statusOf(deps, interview.id, step.id)).toBe("unscheduled");
    const retried = (await sendStep(deps, { interviewId: interview.id, stepId: step.id })) as SentEmail & {
      result: string;
    };
    expect(retried.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
  });
});

describe("a delete racing a send", () => {
  it("waits for the send in flight, then erases the interview: nothing of the chain leaves afterwards", async () => {
    const { deps, interview, ses, sending } = await startHeldSend();

    let deleted = false;
    const deleting = deleteInterview(deps, { owner: OWNER, id: interview.id }).then(() => {
      deleted = true;
    });
    await until(() => deps.realtime.slept >= 200);
    expect(deleted).toBe(false);
    ses.release();
    await Promise.all([sending, deleting]);

    expect(deps.store.peek(interview.id)).toBeUndefined();
    expect(deps.mailer.sent).toHaveLength(1);
  });
});
