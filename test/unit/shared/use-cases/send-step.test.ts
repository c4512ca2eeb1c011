import { describe, expect, it } from "vitest";
import { STALE_CLAIM_MS } from "../../../../shared/domain/decide-claim.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step } from "../../../../shared/domain/step.js";
import { stopChain } from "../../../../shared/domain/stop-chain.js";
import { ClaimInProgressError } from "../../../../shared/errors/claim-in-progress-error.js";
import { chainStopWords } from "../../../../shared/mail/chain-stop-words.js";
import { PermanentSendError } from "../../../../shared/ports/mailer.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { reconcileSchedules } from "../../../../shared/use-cases/reconcile-schedules.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { throttlingError } from "../../../support/fake-mailer.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { dueStep, type SendTestDeps, sendTestDeps } from "../../../support/send-test-deps.js";
import { interviewDetails } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";

type Deps = SendTestDeps;

const sendDeps = sendTestDeps;

/** A registered interview, the clock at the moment `kind`'s schedule fires, and that step. */
async function due(
  deps: Deps,
  kind: Step["kind"] = "thank_you",
): Promise<{ interview: Interview; step: Step }> {
  const found = await dueStep(deps, kind, OWNER);
  deps.schedules.clearHistory();
  return found;
}

const stepOf = (deps: Deps, interview: Interview, stepId: string) =>
  deps.store.peek(interview.id)?.steps.find((s) => s.id === stepId);
const eventsOf = (deps: Deps, interview: Interview, stepId: string) =>
  (deps.store.peek(interview.id)?.events ?? []).filter((e) => e.stepId === stepId);

describe("sendStep", () => {
  it("after an outage, sends only the latest of several follow-ups due to one contact, skipping the rest", async () => {
    const deps = sendDeps();
    const interview = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    const followUps = interview.steps
      .filter((s) => ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"].includes(s.kind))
      .sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    const last = followUps.at(-1) as Step;
    // Everything fires late, at the last one's time (still inside its send window), oldest first.
    deps.clock.set(last.sendAt);
    const outcomes = [];
    for (const step of followUps)
      outcomes.push(await sendStep(deps, { interviewId: interview.id, stepId: step.id }));

    expect(outcomes.map((o) => o.result)).toEqual([...followUps.slice(0, -1).map(() => "skipped"), "sent"]);
    expect(deps.mailer.sent.filter((m) => m.to[0]?.email === last.to.email)).toHaveLength(1);
    for (const step of followUps.slice(0, -1)) {
      expect(stepOf(deps, interview, step.id)).toMatchObject({
        status: "skipped",
        reason: expect.stringMatching(
          /^a later follow-up to rita@acme\.test \(s\d+\) is due too; only that one goes$/,
        ),
      });
    }
  });

  it("sends an email step once: To the contact, Cc the candidate, tagged with interview and step, recorded as sent", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toMatchObject({ result: "sent", providerMessageId: "0100019a-fake-0001" });
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]).toMatchObject({
      to: [{ email: "ann@acme.test" }],
      cc: [{ email: "cara@example.com" }],
      tags: { interviewId: interview.id, stepId: step.id },
    });
    expect(stepOf(deps, interview, step.id)).toMatchObject({
      status: "sent",
      sesMessageId: "0100019a-fake-0001",
      messageId: "<0100019a-fake-0001@email.amazonses.com>",
    });
    expect(eventsOf(deps, interview, step.id).map((e) => e.type)).toEqual(["step.sent"]);
  });

  it("keeps the email as sent on the sent step: recipient, subject and text exactly as handed over", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);

    await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    const handed = deps.mailer.sent[0];
    expect(handed?.text.length).toBeGreaterThan(0);
    expect(stepOf(deps, interview, step.id)?.sentEmail).toEqual({
      to: "ann@acme.test",
      subject: handed?.subject,
      text: handed?.text,
    });
  });

  it("keeps the email as sent for a reminder too: the one the candidate received", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps, "handwritten_note");

    await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    const handed = deps.mailer.sent[0];
    expect(stepOf(deps, interview, step.id)).toMatchObject({
      status: "sent",
      sentEmail: { to: "cara@example.com", subject: handed?.subject, text: handed?.text },
    });
  });

  it("sends one email when the same step fires twice concurrently", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const payload = { interviewId: interview.id, stepId: step.id };

    const outcomes = await Promise.allSettled([sendStep(deps, payload), sendStep(deps, payload)]);

    expect(deps.mailer.sent).toHaveLength(1);
    // The loser finds a fresh claim and throws, so the scheduler retries it later; the retry is a no-op.
    expect(
      outcomes.map((o) => (o.status === "fulfilled" ? o.value.result : (o.reason as Error).name)).sort(),
    ).toEqual(["ClaimInProgressError", "sent"]);
    deps.clock.advance(60_000);
    expect(await sendStep(deps, payload)).toEqual({ result: "ignored", reason: "already sent" });
    expect(stepOf(deps, interview, step.id)?.status).toBe("sent");
  });

  it("sends one email when the same step fires twice in sequence", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const payload = { interviewId: interview.id, stepId: step.id };

    await sendStep(deps, payload);
    deps.clock.advance(60_000);
    const second = await sendStep(deps, payload);

    expect(second).toEqual({ result: "ignored", reason: "already sent" });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("cancels, and sends nothing, when a stop is written just before its claim", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // The claim is written with no read before it: a stop lands just before it.
    const claimStep = deps.store.claimStep.bind(deps.store);
    deps.store.claimStep = async (claim) => {
      const stop = { status: "replied", reason: "replied", at: deps.clock.now().toISOString() } as const;
      deps.store.writeConcurrently(interview.id, (current) =>
        stopChain(current, stop, chainStopWords(current, stop)),
      );
      deps.store.claimStep = claimStep;
      return claimStep(claim);
    };

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(deps.mailer.sent).toEqual([]);
    // The stop cancelled the pending step itself, so the sender's fresh look finds nothing to claim.
    expect(outcome).toEqual({ result: "ignored", reason: "already cancelled" });
    expect(stepOf(deps, interview, step.id)).toMatchObject({
      status: "cancelled",
      reason: "chain replied",
    });
  });

  it("cancels a step whose chain was stopped before it fired", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const stop = { status: "stopped", reason: "offer", at: deps.clock.now().toISOString() } as const;
    deps.store.writeConcurrently(interview.id, (current) =>
      stopChain(current, stop, chainStopWords(current, stop)),
    );
    // stopChain cancels pending steps; a step it missed (still scheduled) must be cancelled by the sender.
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) => (s.id === step.id ? { ...s, status: "scheduled" } : s)),
    }));

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toEqual({ result: "cancelled", reason: "chain stopped: offer" });
    expect(deps.mailer.sent).toEqual([]);
  });

  it("marks an email step whose claim a crashed sender left behind `unknown`, tells the candidate, and sends nothing", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const crashedAt = new Date(deps.clock.now().getTime() - STALE_CLAIM_MS - 1).toISOString();
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) =>
        s.id === step.id ? { ...s, status: "sending", claimedAt: crashedAt } : s,
      ),
    }));

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("unknown");
    // Nothing to the contact: the one email is the notice to the candidate (tested below).
    expect(deps.mailer.sent.map((e) => e.to.map((t) => t.email))).toEqual([["cara@example.com"]]);
    expect(stepOf(deps, interview, step.id)?.status).toBe("unknown");
    expect(eventsOf(deps, interview, step.id).at(-1)).toMatchObject({
      type: "step.unknown",
      detail: expect.stringContaining("not re-sent"),
    });
  });

  it("asks for a retry when another sender holds a fresh claim, and settles it as unknown once stale", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const claimedAt = new Date(deps.clock.now().getTime() - 5_000).toISOString();
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) => (s.id === step.id ? { ...s, status: "sending", claimedAt } : s)),
    }));

    const payload = { interviewId: interview.id, stepId: step.id };
    await expect(sendStep(deps, payload)).rejects.toBeInstanceOf(ClaimInProgressError);
    expect(deps.mailer.sent).toEqual([]);
    expect(stepOf(deps, interview, step.id)).toMatchObject({ status: "sending", claimedAt });

    // That sender died: the retry after STALE_CLAIM_MS marks the step unknown and sends nothing.
    deps.clock.advance(STALE_CLAIM_MS);
    expect((await sendStep(deps, payload)).result).toBe("unknown");
    // Nothing to the contact: the one email is the notice to the candidate (tested below).
    expect(deps.mailer.sent.map((e) => e.to.map((t) => t.email))).toEqual([["cara@example.com"]]);
    expect(stepOf(deps, interview, step.id)?.status).toBe("unknown");
  });

  it("keeps the claim when SES did not answer (the email may have left), so it is never sent twice", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const payload = { interviewId: interview.id, stepId: step.id };
    deps.mailer.failNext(Object.assign(new Error("socket hang up"), { name: "TimeoutError", $metadata: {} }));

    await expect(sendStep(deps, payload)).rejects.toThrow("socket hang up");
    expect(stepOf(deps, interview, step.id)?.status).toBe("sending");
    await expect(sendStep(deps, payload)).rejects.toBeInstanceOf(ClaimInProgressError);
    deps.clock.advance(STALE_CLAIM_MS);
    // Real time must have passed too: the local stack's clock leaps days while a claim is milliseconds old.
    await expect(sendStep(deps, payload)).rejects.toBeInstanceOf(ClaimInProgressError);
    deps.realtime.advance(STALE_CLAIM_MS);
    expect((await sendStep(deps, payload)).result).toBe("unknown");
    // Nothing to the contact: the one email is the notice to the candidate (tested below).
    expect(deps.mailer.sent.map((e) => e.to.map((t) => t.email))).toEqual([["cara@example.com"]]);
  });

  it("re-sends a reminder whose claim went stale: a second reminder to the candidate is harmless", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps, "handwritten_note");
    const crashedAt = new Date(deps.clock.now().getTime() - STALE_CLAIM_MS - 1).toISOString();
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) =>
        s.id === step.id ? { ...s, status: "sending", claimedAt: crashedAt } : s,
      ),
    }));

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]?.to).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
  });

  it("releases the claim when SES throttles (and rethrows for the retry policy); the retry sends exactly one email", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    const payload = { interviewId: interview.id, stepId: step.id };
    deps.mailer.failNext(throttlingError());

    await expect(sendStep(deps, payload)).rejects.toThrow("Rate exceeded");
    expect(stepOf(deps, interview, step.id)?.status).toBe("unscheduled");
    expect(deps.mailer.sent).toEqual([]);

    deps.clock.advance(30_000);
    const retried = await sendStep(deps, payload);

    expect(retried.result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(stepOf(deps, interview, step.id)?.status).toBe("sent");
  });

  it("marks a permanently refused email `failed` with the reason in the timeline, without throwing", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.mailer.failNext(new PermanentSendError("MessageRejected: Email address is not verified."));

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toEqual({ result: "failed", reason: "MessageRejected: Email address is not verified." });
    expect(stepOf(deps, interview, step.id)).toMatchObject({
      status: "failed",
      reason: "MessageRejected: Email address is not verified.",
    });
    expect(eventsOf(deps, interview, step.id).at(-1)).toMatchObject({
      type: "step.failed",
      detail: expect.stringContaining("not verified"),
    });
  });

  it("skips an email to an address the owner has suppressed, with the reason in the timeline", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    await deps.suppressions.suppress(OWNER, "ANN@acme.test", "bounced", "2026-11-01T00:00:00.000Z");

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toEqual({ result: "skipped", reason: "ann@acme.test bounced" });
    expect(deps.mailer.sent).toEqual([]);
    expect(stepOf(deps, interview, step.id)).toMatchObject({
      status: "skipped",
      reason: "ann@acme.test bounced",
    });
    expect(eventsOf(deps, interview, step.id).at(-1)).toMatchObject({ type: "step.skipped" });
  });

  it("does not apply another owner's suppression", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    await deps.suppressions.suppress(
      "someone-else",
      "ann@acme.test",
      "unsubscribed",
      "2026-11-01T00:00:00.000Z",
    );

    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
  });

  it("moves a step that fires outside the send window to the next window, under a new schedule name, and sends nothing", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // 03:00 in New York, the night after the planned morning.
    deps.clock.set("2026-11-25T08:00:00.000Z");

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome.result).toBe("moved");
    expect(deps.mailer.sent).toEqual([]);
    const moved = stepOf(deps, interview, step.id);
    expect(moved?.status).toBe("scheduled");
    expect(moved?.scheduleName).not.toBe(step.scheduleName);
    expect(Date.parse(moved?.sendAt ?? "")).toBeGreaterThan(deps.clock.now().getTime());
    expect(deps.schedules.upserts.map((s) => s.name)).toEqual([moved?.scheduleName]);
    expect(JSON.parse(deps.schedules.upserts[0]?.payload ?? "{}")).toMatchObject({ stepId: step.id });
  });

  it("leaves a moved step `unscheduled` when its new schedule cannot be created, and the reconciler sends it at its new time", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // The thank-you's schedule fires late, at 18:00 in New York (outside the window); the new one fails.
    const late = new Date("2026-11-24T23:00:00.000Z");
    deps.clock.set(late);
    // The scheduler refuses the new schedule once, then is back.
    const upsert = deps.schedules.upsert.bind(deps.schedules);
    let refuse = true;
    deps.schedules.upsert = async (schedule) => {
      if (!refuse) return upsert(schedule);
      refuse = false;
      throw new Error(`scheduler refused ${schedule.name}`);
    };
    const payload = { interviewId: interview.id, stepId: step.id };

    expect(await sendStep(deps, payload)).toEqual({
      result: "moved",
      reason: "moved to 2026-11-25T09:30:00-05:00",
    });
    expect(stepOf(deps, interview, step.id)).toMatchObject({
      status: "unscheduled",
      sendAt: "2026-11-25T09:30:00-05:00",
    });
    // The old schedule's retry a minute later must not send it early.
    deps.clock.advance(60_000);
    expect((await sendStep(deps, payload)).result).toBe("ignored");

    const report = await reconcileSchedules(deps);
    expect(report).toMatchObject({ interviews: 1, scheduled: 1 });
    const moved = stepOf(deps, interview, step.id);
    expect(moved?.status).toBe("scheduled");
    expect(deps.schedules.live.get(moved?.scheduleName ?? "")?.localTime).toBe("2026-11-25T09:30:00");

    deps.clock.set("2026-11-25T09:30:00-05:00");
    expect((await sendStep(deps, payload)).result).toBe("sent");
    expect(deps.mailer.sent.filter((m) => m.to[0]?.email === step.to.email)).toHaveLength(1);
  });

  it("sends one follow-up to a contact, not two in the same minute, when the backlog fires out of hours latest first", async () => {
    const deps = sendDeps();
    const interview = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    const followUps = interview.steps
      .filter((s) => ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"].includes(s.kind))
      .sort((a, b) => Date.parse(b.sendAt) - Date.parse(a.sendAt));
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    // Saturday evening in New York, after every one of them was due.
    deps.clock.set("2026-12-19T23:00:00.000Z");
    expect(Date.parse(followUps[0]?.sendAt ?? "")).toBeLessThan(deps.clock.now().getTime());

    const saturday = [];
    for (const step of followUps)
      saturday.push((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result);
    expect(saturday.filter((r) => r === "moved")).toHaveLength(1);

    // Monday morning: every schedule (new and any stray retry) fires.
    deps.clock.set("2026-12-21T09:30:00-05:00");
    for (const step of followUps) await sendStep(deps, { interviewId: interview.id, stepId: step.id });
    expect(deps.mailer.sent.filter((m) => m.to[0]?.email === "rita@acme.test")).toHaveLength(1);
  });

  it("ignores a step of an interview that no longer exists", async () => {
    const deps = sendDeps();
    const outcome = await sendStep(deps, { interviewId: "01KAAAAAAAAAAAAAAAAAAAAAAA", stepId: "s1" });
    expect(outcome.result).toBe("ignored");
    expect(deps.mailer.sent).toEqual([]);
  });
});

describe("sendStep: a step of unknown delivery", () => {
  /** The state a crashed sender leaves: the step claimed long enough ago to be stale. */
  async function crashedMidSend(deps: Deps, change: (s: Step) => Step = (s) => s) {
    const { interview, step } = await due(deps);
    const crashedAt = new Date(deps.clock.now().getTime() - STALE_CLAIM_MS - 1).toISOString();
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) =>
        s.id === step.id ? change({ ...s, status: "sending", claimedAt: crashedAt }) : s,
      ),
    }));
    return { interview, step, payload: { interviewId: interview.id, stepId: step.id } };
  }

  it("tells the candidate by email: automatic, from Followups, to them alone, saying to check their inbox", async () => {
    const deps = sendDeps();
    const { payload } = await crashedMidSend(deps);

    expect((await sendStep(deps, payload)).result).toBe("unknown");

    expect(deps.mailer.sent).toHaveLength(1);
    const notice = deps.mailer.sent[0];
    expect(notice).toMatchObject({
      fromName: "Followups",
      to: [{ name: "Cara Diaz", email: "cara@example.com" }],
      cc: [],
      replyTo: [],
      subject: "Please check: your thank-you to Ann Lee may not have been sent",
      headers: [{ name: "Auto-Submitted", value: "auto-generated" }],
      tags: { kind: "unknown_delivery_notice" },
    });
    expect(notice?.text).toContain("Hi Cara,");
    expect(notice?.text).toContain("Ann Lee <ann@acme.test>");
    expect(notice?.text).toContain("Staff Engineer role at Acme Corp");
    expect(notice?.text).toMatch(/You were in Cc of it: if it is in your inbox/);
    expect(notice?.text).toContain("It will not be re-sent automatically");
    expect(notice?.html).toContain("Ann Lee &lt;ann@acme.test&gt;");
  });

  it("tells them once: a later fire of the same schedule finds the step settled and sends nothing", async () => {
    const deps = sendDeps();
    const { payload } = await crashedMidSend(deps);
    await sendStep(deps, payload);
    deps.clock.advance(60_000);

    expect(await sendStep(deps, payload)).toEqual({ result: "ignored", reason: "already unknown" });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("is best effort: a failed notice is logged, the step stays unknown, nothing throws", async () => {
    const deps = sendDeps();
    const { interview, step, payload } = await crashedMidSend(deps);
    deps.mailer.failNext(throttlingError());

    expect(await sendStep(deps, payload)).toEqual({ result: "unknown", reason: "stale claim" });

    expect(deps.mailer.sent).toEqual([]);
    expect(stepOf(deps, interview, step.id)?.status).toBe("unknown");
    expect(deps.log.lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: "could not tell the candidate about a step of unknown delivery",
        data: expect.objectContaining({ interviewId: interview.id, stepId: step.id }),
      }),
    );
  });

  it("keeps a hostile contact name out of the headers", async () => {
    const deps = sendDeps();
    const { payload } = await crashedMidSend(deps, (s) => ({
      ...s,
      to: { ...s.to, name: "Ann\r\nBcc: victim@evil.test" },
    }));

    await sendStep(deps, payload);

    expect(deps.mailer.sent[0]?.subject).toBe(
      "Please check: your thank-you to Ann Bcc: victim@evil.test may not have been sent",
    );
    expect(deps.mailer.sent[0]?.to).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
  });

  it("sends no notice for a reminder: its stale claim is simply sent again", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps, "handwritten_note");
    const crashedAt = new Date(deps.clock.now().getTime() - STALE_CLAIM_MS - 1).toISOString();
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) =>
        s.id === step.id ? { ...s, status: "sending", claimedAt: crashedAt } : s,
      ),
    }));

    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.mailer.sent[0]?.subject).not.toMatch(/^Please check/);
  });
});

describe("sendStep: a schedule that fires before its step's time", () => {
  it("sends nothing, and gives the step a schedule again at its own time: the one that fired deletes itself", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    // The step was moved a week later, but a write racing the move put its schedule (it keeps its name) back
    // at the old time: it fires then, and Scheduler deletes it once it has fired.
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) => (s.id === step.id ? { ...s, sendAt: "2026-12-01T09:30:00-05:00" } : s)),
    }));
    deps.schedules.live.delete(step.scheduleName);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toEqual({
      result: "ignored",
      reason: "not due until 2026-12-01T09:30:00-05:00; scheduled again for then",
    });
    expect(deps.mailer.sent).toEqual([]);
    const again = stepOf(deps, interview, step.id);
    expect(again).toMatchObject({ status: "scheduled", sendAt: "2026-12-01T09:30:00-05:00" });
    expect(again?.scheduleName).not.toBe(step.scheduleName);
    expect(deps.schedules.live.get(again?.scheduleName ?? "")?.localTime).toBe("2026-12-01T09:30:00");

    // A stale fire of a step whose schedule was fine costs a second schedule, never a second email.
    deps.clock.set("2026-12-01T09:30:00-05:00");
    const fired = [await sendStep(deps, { interviewId: interview.id, stepId: step.id })];
    fired.push(await sendStep(deps, { interviewId: interview.id, stepId: step.id }));
    expect(fired.map((o) => o.result)).toEqual(["sent", "ignored"]);
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("leaves an `unscheduled` step to its coming schedule or the reconciler when an old one fires early", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      steps: current.steps.map((s) =>
        s.id === step.id ? { ...s, sendAt: "2026-12-01T09:30:00-05:00", status: "unscheduled" } : s,
      ),
    }));
    const before = stepOf(deps, interview, step.id);

    const outcome = await sendStep(deps, { interviewId: interview.id, stepId: step.id });

    expect(outcome).toEqual({ result: "ignored", reason: "not due until 2026-12-01T09:30:00-05:00" });
    expect(JSON.parse(JSON.stringify(stepOf(deps, interview, step.id)))).toEqual(
      JSON.parse(JSON.stringify(before)),
    );
  });

  it("still sends one that fires a few seconds early", async () => {
    const deps = sendDeps();
    const { interview, step } = await due(deps);
    deps.clock.advance(-30_000);
    expect((await sendStep(deps, { interviewId: interview.id, stepId: step.id })).result).toBe("sent");
  });
});
