import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { isPendingStep, type Step } from "../../../../shared/domain/step.js";
import type { InboundLogEntry } from "../../../../shared/ports/inbound-log.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import {
  type InboundTestDeps,
  inboundTestDeps,
  REPLY_DOMAIN,
  replyAddress,
  sesMessageId,
} from "../../../support/inbound-test-deps.js";
import { abuseReport, deliveryStatusNotification, rawEmail } from "../../../support/raw-email.js";
import { interviewDetails } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "owner-cara";
const RITA = "Rita Ruiz <rita@acme.test>";
const ANN = "Ann Lee <ann@acme.test>";

/**
 * A registered chain (s1 thank-you to Ann, s2 reminder to Cara, s3 nudge, s4 check-in and s5 weekly check-in
 * to Rita) whose steps `sentIds` went out the way the sender records them (status, Message-ID in the index,
 * schedule deleted after it fired). The clock is then set to `now` and the gateway's history cleared.
 */
async function chainWithSent(
  d: InboundTestDeps,
  sentIds: readonly string[],
  now: string,
  overrides: Record<string, unknown> = {},
  owner = OWNER,
): Promise<Interview> {
  const created = await createInterview(d, { owner, details: interviewDetails(overrides) });
  expect(created.steps.map((s) => `${s.id}:${s.kind}:${s.to.email}`)).toEqual([
    "s1:thank_you:ann@acme.test",
    "s2:handwritten_note:cara@example.com",
    "s3:pre_decision_nudge:rita@acme.test",
    "s4:recruiter_check_in:rita@acme.test",
    "s5:weekly_check_in:rita@acme.test",
  ]);
  d.store.writeConcurrently(created.id, (c) => ({
    ...c,
    steps: c.steps.map((s) =>
      sentIds.includes(s.id)
        ? {
            ...s,
            status: "sent",
            sentAt: s.sendAt,
            messageId: sesMessageId(c.id, s.id),
            sesMessageId: `0100019a-${s.id}`,
            updatedAt: s.sendAt,
          }
        : s,
    ),
  }));
  for (const id of sentIds) {
    await d.messages.remember(
      sesMessageId(created.id, id),
      { interviewId: created.id, stepId: id },
      new Date(),
    );
    await d.schedules.remove(`fu-${created.id}-${id}`);
  }
  d.schedules.clearHistory();
  d.clock.set(now);
  const stored = d.store.peek(created.id);
  if (!stored) throw new Error("not stored");
  return stored;
}

const statuses = (interview: Interview | undefined) =>
  Object.fromEntries((interview?.steps ?? []).map((s) => [s.id, s.status]));

const stepOf = (interview: Interview | undefined, id: string): Step => {
  const step = interview?.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

const eventsOf = (interview: Interview | undefined, type: string) =>
  (interview?.events ?? []).filter((e) => e.type === type);

const RITA_REPLY = [
  "Hi Cara,",
  "",
  "Thanks for checking in. The team is still comparing notes; I'll get back to you once we know more.",
  "",
  "Rita",
  "",
  "On Tue, Dec 1, 2026 at 9:30 AM Cara Diaz <followups@mail.example.com> wrote:",
  "> Hi Rita,",
  ">",
  "> I wanted to check in on the Staff Engineer role. Is there a decision by December 4?",
  "",
].join("\n");

/** Nothing of the interview changed and nothing was sent, scheduled or deleted. */
function expectUntouched(d: InboundTestDeps, before: Interview): void {
  expect(d.store.peek(before.id)).toEqual(before);
  expect(d.mailer.sent).toEqual([]);
  expect(d.schedules.upserts).toEqual([]);
  expect(d.schedules.removes).toEqual([]);
  expect(d.suppressions.of(before.owner)).toEqual([]);
}

// Wed 2 Dec 2026, 10:00 in New York: the day after the pre-decision nudge (s3) went to Rita.
const AFTER_NUDGE = "2026-12-02T15:00:00.000Z";
const SENT_BY_DEC_2 = ["s1", "s2", "s3"];

describe("handleInboundEmail: a person's reply", () => {
  it("stops the whole chain, keeps the visible text on the timeline and forwards the reply to the candidate once", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const raw = rawEmail({
      from: RITA,
      to: `Cara Diaz <${replyAddress(interview, "s3")}>`,
      subject: "Re: Checking in: Staff Engineer",
      inReplyTo: sesMessageId(interview.id, "s3"),
      body: RITA_REPLY,
    });

    const outcome = await handleInboundEmail(d, { raw });

    expect(outcome).toMatchObject({
      result: "stopped",
      kind: "reply",
      reason: "replied",
      interviewId: interview.id,
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(stored?.stopReason).toBe("replied");
    expect(statuses(stored)).toEqual({
      s1: "sent",
      s2: "sent",
      s3: "sent",
      s4: "cancelled",
      s5: "cancelled",
    });
    // The cancelled steps' schedules are left to fire (and find them cancelled): no Scheduler call here.
    expect(d.schedules.removes).toEqual([]);
    expect([...d.schedules.live.keys()].sort()).toEqual([`fu-${interview.id}-s4`, `fu-${interview.id}-s5`]);
    // The decision date the reply quotes (Dec 4, from Cara's own message) is not taken as a new one.
    expect(stored?.decisionExpectedBy).toBe("2026-12-04");

    const [received, ...more] = eventsOf(stored, "reply.received");
    expect(more).toEqual([]);
    expect(received?.stepId).toBe("s3");
    expect(received?.detail).toContain("Rita Ruiz <rita@acme.test>");
    expect(received?.detail).toContain("Thanks for checking in. The team is still comparing notes");
    expect(received?.detail).not.toContain("I wanted to check in");
    expect(received?.detail).not.toContain("wrote:");
    expect(eventsOf(stored, "chain.replied")).toHaveLength(1);

    expect(d.mailer.sent).toHaveLength(1);
    const forwarded = d.mailer.sent[0];
    expect(forwarded).toMatchObject({
      to: [{ name: "Cara Diaz", email: "cara@example.com" }],
      cc: [],
      replyTo: ["rita@acme.test"],
    });
    expect(forwarded?.subject).toContain("Rita Ruiz");
    expect(forwarded?.subject).toContain("Checking in: Staff Engineer");
    expect(forwarded?.text).toContain("Thanks for checking in.");
    expect(forwarded?.text).toContain("Acme Corp");
    expect(forwarded?.headers).toContainEqual({ name: "Auto-Submitted", value: "auto-generated" });
  });

  it("the same reply delivered twice (SES redelivery, a Lambda retry) is handled and forwarded once", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const raw = rawEmail({
      from: RITA,
      to: replyAddress(interview, "s3"),
      messageId: "<once-only@mail.acme.test>",
      body: RITA_REPLY,
    });

    await handleInboundEmail(d, { raw });
    const afterFirst = d.store.peek(interview.id);
    const again = await handleInboundEmail(d, { raw });

    expect(again).toMatchObject({
      result: "ignored",
      kind: "reply",
      reason: "this reply was already handled",
    });
    const stored = d.store.peek(interview.id);
    expect(stored).toEqual(afterFirst);
    expect(eventsOf(stored, "reply.received")).toHaveLength(1);
    expect(d.mailer.sent).toHaveLength(1);
  });

  it("a reply from an interviewer stops the recruiter's follow-ups too (the panel compares notes)", async () => {
    const d = inboundTestDeps();
    // Tue 24 Nov, 11:00 in New York: the thank-you to Ann went out at 09:30.
    const interview = await chainWithSent(d, ["s1", "s2"], "2026-11-24T16:00:00.000Z");

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: ANN,
        to: replyAddress(interview, "s1"),
        body: "Thank you Cara, it was a pleasure. Rita will be in touch about next steps.\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "stopped", kind: "reply" });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(statuses(stored)).toEqual({
      s1: "sent",
      s2: "sent",
      s3: "cancelled",
      s4: "cancelled",
      s5: "cancelled",
    });
    expect(d.schedules.removes).toEqual([]);
    expect([...d.schedules.live.keys()].sort()).toEqual(
      ["s3", "s4", "s5"].map((s) => `fu-${interview.id}-${s}`),
    );
    expect(d.mailer.sent.map((m) => m.replyTo)).toEqual([["ann@acme.test"]]);
  });

  it("finds the token in Delivered-To when the reply went to a list, whatever the case of the address", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: "Hiring team <hiring@acme.test>",
        headers: [["Delivered-To", replyAddress(interview, "s3").toUpperCase()]],
        body: "Hi Cara, we are still deciding. Rita\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "stopped", interviewId: interview.id });
    expect(d.store.peek(interview.id)?.status).toBe("replied");
  });

  it("records a decision date the reply names and tells the candidate about it", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3"),
        body: "Hi Cara,\n\nThanks for your patience. We expect to make a final decision by December 15.\n\nRita\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "stopped", reason: "replied; decision expected by 2026-12-15" });
    const stored = d.store.peek(interview.id);
    expect(stored?.decisionExpectedBy).toBe("2026-12-15");
    expect(stored?.status).toBe("replied");
    expect(eventsOf(stored, "reply.received")[0]?.detail).toContain("(decision expected by 2026-12-15)");
    expect(d.mailer.sent[0]?.text).toContain('They mention a decision by "December 15", read as 2026-12-15.');
  });

  describe("a decision date that plans nothing", () => {
    const reply = (interview: Interview, body: string, date?: string) =>
      rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body, ...(date ? { date } : {}) });

    it.each([
      [
        "already past (the README's December 15, a month later)",
        "2026-12-31T15:00:00.000Z",
        "Thu, 31 Dec 2026 10:00:00 -0500",
        "We will decide by December 15.",
        "2026-12-15",
        "past",
        'They mention a decision by "December 15", read as 2026-12-15: a date already past, so no check-in is planned.',
      ],
      [
        "91 days ahead",
        AFTER_NUDGE,
        undefined,
        "We will decide by March 3, 2027.",
        "2027-03-03",
        "too_far",
        'They mention a decision by "March 3, 2027", read as 2027-03-03: more than 90 days ahead, too far to plan for, so no check-in is planned.',
      ],
      [
        "past when read from the message's own Date header (written a week before it arrived)",
        AFTER_NUDGE,
        "Tue, 24 Nov 2026 10:00:00 -0500",
        "We will decide by Friday.",
        "2026-11-27",
        "past",
        'They mention a decision by "Friday", read as 2026-11-27: a date already past',
      ],
    ])(
      "%s: the chain stops, nothing is planned, the forward says what was read and why",
      async (_, now, date, body, read, why, told) => {
        const d = inboundTestDeps();
        const interview = await chainWithSent(d, SENT_BY_DEC_2, now);

        const outcome = await handleInboundEmail(d, {
          raw: reply(interview, `Hi Cara,\n\n${body}\n\nRita\n`, date),
        });

        expect(outcome).toMatchObject({
          result: "stopped",
          reason: `replied; decision date ${read} not used (${why})`,
        });
        const stored = d.store.peek(interview.id);
        expect(stored?.status).toBe("replied");
        expect(stored?.decisionExpectedBy).toBe(interview.decisionExpectedBy);
        expect((stored?.steps ?? []).filter(isPendingStep)).toEqual([]);
        expect(d.schedules.upserts).toEqual([]);
        expect(eventsOf(stored, "reply.received")[0]?.detail).toContain(`read as ${read}, not used`);
        expect(d.mailer.sent[0]?.text).toContain(told);
        expect(d.mailer.sent[0]?.text).toContain("Your follow-ups for it have stopped.");
      },
    );

    it("a date exactly 90 days ahead is still planned for", async () => {
      const d = inboundTestDeps();
      const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
      await handleInboundEmail(d, { raw: reply(interview, "We will decide by March 2, 2027.\n") });
      expect(d.store.peek(interview.id)?.decisionExpectedBy).toBe("2027-03-02");
      expect((d.store.peek(interview.id)?.steps ?? []).filter(isPendingStep)).toHaveLength(1);
    });
  });

  it("tells the candidate exactly what is planned: the one check-in, its date and the link to cancel it", async () => {
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      manageUrl: (interviewId, stepId) => `https://api.example.com/manage/${interviewId}.${stepId}`,
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3"),
        body: "Hi Cara,\n\nWe expect to make a final decision by December 15.\n\nRita\n",
      }),
    });

    const checkIn = (d.store.peek(interview.id)?.steps ?? []).find(isPendingStep);
    if (!checkIn) throw new Error("no check-in planned");
    const text = d.mailer.sent[0]?.text ?? "";
    expect(text).toContain(
      `They mention a decision by "December 15", read as 2026-12-15. Your other follow-ups have stopped; one check-in is planned instead: on ${checkIn.sendAt.slice(0, 10)} (${checkIn.sendAt}) to Rita Ruiz <rita@acme.test>, if you have not heard back by then.`,
    );
    expect(text).toContain(
      `To cancel or snooze it: https://api.example.com/manage/${interview.id}.${checkIn.id}`,
    );
    expect(text).not.toContain("Your follow-ups for it have stopped.");
  });

  it("without a public API URL the forward names the check-in but has no link", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3"),
        body: "We will decide by December 15.\n",
      }),
    });
    const text = d.mailer.sent[0]?.text ?? "";
    expect(text).toContain("one check-in is planned instead: on 2026-12-1");
    expect(text).not.toContain("To cancel or snooze it");
  });

  // BUG (missing behaviour): issue 4 says a reply that names a new decision date must also "plan one
  // check-in one or two business days after it, under the same caps; the candidate can cancel it".
  // handle-inbound-email.ts (case "reply") only sets `decisionExpectedBy`; every pending step is cancelled
  // and nothing new is planned or scheduled.
  it("plans one check-in to the replier one or two business days after the decision date it names", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3"),
        body: "Hi Cara,\n\nWe expect to make a final decision by December 15.\n\nRita\n",
      }),
    });

    const pending = (d.store.peek(interview.id)?.steps ?? []).filter(isPendingStep);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.to.email).toBe("rita@acme.test");
    // Tuesday 15 Dec: one or two business days after is Wed 16 or Thu 17 Dec.
    expect(["2026-12-16", "2026-12-17"]).toContain(pending[0]?.sendAt.slice(0, 10));
    expect(d.schedules.upserts.map((s) => s.name)).toEqual([pending[0]?.scheduleName]);
  });

  it("a reply to the last check-in of a completed chain marks it replied and plans the check-in it asks for", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    // Every step went out: the chain ran out of steps and reads `completed`, still waiting for an answer.
    d.store.writeConcurrently(interview.id, (current) => ({
      ...current,
      status: "completed",
      steps: current.steps.map((s) => ({ ...s, status: "sent" })),
    }));

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3"),
        body: "Hi Cara,\n\nWe expect to make a final decision by December 15.\n\nRita\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "stopped", kind: "reply" });
    const stored = d.store.peek(interview.id);
    expect(stored).toMatchObject({ status: "replied", decisionExpectedBy: "2026-12-15" });
    expect((stored?.steps ?? []).filter(isPendingStep).map((s) => [s.kind, s.phase, s.to.email])).toEqual([
      ["recruiter_check_in", "after_reply", "rita@acme.test"],
    ]);
  });

  it("a reply after the candidate recorded an outcome is put on the timeline and forwarded, and the outcome stays", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    await stopInterview(d, { owner: OWNER, id: interview.id, reason: "offer" });

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3"),
        body: "Congratulations Cara, welcome aboard!\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "recorded", kind: "reply", interviewId: interview.id });
    const stored = d.store.peek(interview.id);
    expect(stored).toMatchObject({ status: "stopped", stopReason: "offer" });
    expect(eventsOf(stored, "reply.received")[0]?.detail).toContain("welcome aboard");
    expect((stored?.steps ?? []).filter(isPendingStep)).toEqual([]);
    expect(d.mailer.sent.map((m) => m.to[0]?.email)).toEqual(["cara@example.com"]);
  });

  it("the candidate's own reply-all changes no step and forwards nothing", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const before = d.store.peek(interview.id);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: "Cara Diaz <Cara@Example.com>",
        to: RITA,
        cc: replyAddress(interview, "s3"),
        body: "Thanks Rita, looking forward to hearing from you!\n",
      }),
    });

    expect(outcome).toMatchObject({
      result: "ignored",
      kind: "reply",
      reason: "the candidate's own message",
      interviewId: interview.id,
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stored?.steps).toEqual(before?.steps);
    expect(eventsOf(stored, "inbound.own_message")).toHaveLength(1);
    expect(eventsOf(stored, "reply.received")).toEqual([]);
    expect(d.mailer.sent).toEqual([]);
    expect(d.schedules.removes).toEqual([]);
  });

  it("a reply racing a send: the step already claimed keeps `sending`, the later ones are cancelled", async () => {
    const d = inboundTestDeps();
    // Tue 8 Dec, 09:30 in New York: the sender has just claimed s4 when Rita's reply to s3 arrives.
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-08T14:30:00.000Z");
    const claimedAt = "2026-12-08T14:30:00.000Z";
    d.store.writeConcurrently(interview.id, (c) => ({
      ...c,
      steps: c.steps.map((s) =>
        s.id === "s4" ? { ...s, status: "sending", claimedAt, updatedAt: claimedAt } : s,
      ),
    }));

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
    });

    expect(outcome).toMatchObject({ result: "stopped" });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(statuses(stored)).toMatchObject({ s4: "sending", s5: "cancelled" });
    expect(stepOf(stored, "s4").claimedAt).toBe(claimedAt);
    expect(d.schedules.removes).toEqual([]);
  });

  it("a claim written between the handler's read and its write is kept: the stop is recomputed on the fresh item", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-08T14:30:00.000Z");
    const claimedAt = "2026-12-08T14:30:00.100Z";
    const replace = d.store.replace.bind(d.store);
    vi.spyOn(d.store, "replace").mockImplementationOnce(async (next, expectedVersion) => {
      d.store.writeConcurrently(interview.id, (c) => ({
        ...c,
        steps: c.steps.map((s) => (s.id === "s4" ? { ...s, status: "sending", claimedAt } : s)),
      }));
      return replace(next, expectedVersion);
    });

    await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
    });

    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(statuses(stored)).toMatchObject({ s4: "sending", s5: "cancelled" });
    expect(d.schedules.removes).toEqual([]);
  });

  it("the stop stands when the forward to the candidate fails (the reply is on the timeline)", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    d.mailer.failNext(new Error("SES is down"));

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
    });

    expect(outcome).toMatchObject({ result: "stopped" });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(eventsOf(stored, "reply.received")).toHaveLength(1);
    expect(d.log.lines).toContainEqual(
      expect.objectContaining({ level: "error", message: "could not forward a reply to the candidate" }),
    );
  });
});

describe("handleInboundEmail: matching", () => {
  it("records every message and what became of it in the inbound log, for the operator", async () => {
    const entries: InboundLogEntry[] = [];
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      inboundLog: { record: async (e) => void entries.push(e), day: async () => entries },
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3", "a-guessed-secret"),
        subject: "Re: hi",
        body: "Stop",
      }),
      sesMessageId: "ses-1",
    });
    await handleInboundEmail(d, { raw: Buffer.alloc(0), sesMessageId: "ses-2" });
    await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
      sesMessageId: "ses-3",
    });
    expect(entries).toEqual([
      expect.objectContaining({
        result: "unmatched",
        kind: "reply",
        reason: "its reply token is forged or altered",
        from: "rita@acme.test",
        subject: "Re: hi",
        sesMessageId: "ses-1",
      }),
      expect.objectContaining({ result: "rejected", sesMessageId: "ses-2" }),
      expect.objectContaining({
        result: "stopped",
        kind: "reply",
        interviewId: interview.id,
        sesMessageId: "ses-3",
      }),
    ]);
  });

  it("a forged token (right shape, wrong HMAC) changes nothing, even with a known In-Reply-To", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const before = d.store.peek(interview.id);
    if (!before) throw new Error("not stored");

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: replyAddress(interview, "s3", "a-guessed-secret"),
        inReplyTo: sesMessageId(interview.id, "s3"),
        body: RITA_REPLY,
      }),
    });

    expect(outcome).toMatchObject({
      result: "unmatched",
      kind: "reply",
      reason: "its reply token is forged or altered",
    });
    expectUntouched(d, before);
    expect(d.log.lines).toContainEqual(
      expect.objectContaining({
        level: "warn",
        message: "inbound message not matched",
        data: expect.objectContaining({ reason: "its reply token is forged or altered" }),
      }),
    );
  });

  it("another interview's token with its step altered is forged: neither chain changes", async () => {
    const d = inboundTestDeps();
    const mine = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const theirs = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE, { company: "Globex" }, "owner-other");
    const mineBefore = d.store.peek(mine.id);
    const theirsBefore = d.store.peek(theirs.id);
    if (!mineBefore || !theirsBefore) throw new Error("not stored");
    const tampered = replyAddress(theirs, "s1").replace("-s1-", "-s3-");

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: tampered, body: RITA_REPLY }),
    });

    expect(outcome).toMatchObject({
      result: "unmatched",
      kind: "reply",
      reason: "its reply token is forged or altered",
    });
    expectUntouched(d, mineBefore);
    expectUntouched(d, theirsBefore);
  });

  it.each([
    ["an address of ours that is no token", `followups@${REPLY_DOMAIN}`],
    ["a token-like address that is malformed", `r-garbage-s3-0123456789abcdef0123@${REPLY_DOMAIN}`],
    ["nothing but the candidate", "Cara Diaz <cara@example.com>"],
  ])("a message to %s with no known thread changes nothing", async (_, to) => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const before = d.store.peek(interview.id);
    if (!before) throw new Error("not stored");

    const outcome = await handleInboundEmail(d, { raw: rawEmail({ from: RITA, to, body: RITA_REPLY }) });

    expect(outcome).toMatchObject({ result: "unmatched", kind: "reply", reason: "it matches no chain" });
    expectUntouched(d, before);
  });

  it("a valid token at another domain is not ours and is not trusted", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const before = d.store.peek(interview.id);
    if (!before) throw new Error("not stored");
    const elsewhere = replyAddress(interview, "s3").replace(REPLY_DOMAIN, "evil.example");

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: elsewhere, body: RITA_REPLY }),
    });

    expect(outcome).toMatchObject({ result: "unmatched", reason: "it matches no chain" });
    expectUntouched(d, before);
  });

  it("a valid token of an interview that was deleted is unmatched", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const ghost = { ...interview, id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" };

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(ghost, "s3"), body: RITA_REPLY }),
    });

    expect(outcome).toMatchObject({
      result: "unmatched",
      kind: "reply",
      reason: "its interview no longer exists",
    });
    expect(d.mailer.sent).toEqual([]);
  });

  it("without a token, In-Reply-To naming a Message-ID we sent finds the chain", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: "Cara Diaz <cara@example.com>",
        inReplyTo: sesMessageId(interview.id, "s3").toUpperCase(),
        body: RITA_REPLY,
      }),
    });

    expect(outcome).toMatchObject({
      result: "stopped",
      kind: "reply",
      reason: "replied",
      interviewId: interview.id,
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(eventsOf(stored, "reply.received")[0]?.stepId).toBe("s3");
    expect(d.mailer.sent).toHaveLength(1);
  });

  it("without a token or In-Reply-To, the newest known id in References finds the chain", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: "cara@example.com",
        references: `${sesMessageId(interview.id, "s1")} <someone-else@mail.acme.test> ${sesMessageId(interview.id, "s3")}`,
        body: RITA_REPLY,
      }),
    });

    expect(outcome).toMatchObject({ result: "stopped", interviewId: interview.id });
    expect(eventsOf(d.store.peek(interview.id), "reply.received")[0]?.stepId).toBe("s3");
  });

  it("an In-Reply-To we never sent matches nothing", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const before = d.store.peek(interview.id);
    if (!before) throw new Error("not stored");

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: RITA,
        to: "cara@example.com",
        inReplyTo: "<not-ours@mail.acme.test>",
        body: RITA_REPLY,
      }),
    });

    expect(outcome).toMatchObject({ result: "unmatched", kind: "reply", reason: "it matches no chain" });
    expect(d.messages.lookups).toContain("<not-ours@mail.acme.test>");
    expectUntouched(d, before);
  });
});

describe("handleInboundEmail: automatic replies", () => {
  // Rita works from Berlin: her steps are planned at 09:30 Berlin time.
  const BERLIN_RECRUITER = {
    recruiter: { name: "Rita Ruiz", email: "rita@acme.test", timezone: "Europe/Berlin" },
  };
  // Tue 1 Dec 2026, 15:02 in Berlin: the nudge (s3) went out that morning.
  const AFTER_BERLIN_NUDGE = "2026-12-01T14:02:00.000Z";

  const outOfOffice = (interview: Interview, body: string, from = RITA) =>
    rawEmail({
      from,
      to: replyAddress(interview, "s3"),
      subject: "Automatic reply: Checking in",
      headers: [
        ["Auto-Submitted", "auto-replied"],
        ["X-Auto-Response-Suppress", "All"],
      ],
      body,
    });

  it("an out-of-office naming a return date moves the recruiter's earlier steps to the first send slot that day", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_BERLIN_NUDGE, BERLIN_RECRUITER);
    expect(stepOf(interview, "s4").sendAt).toBe("2026-12-08T09:30:00+01:00");
    expect(stepOf(interview, "s5").sendAt).toBe("2026-12-15T09:30:00+01:00");

    const outcome = await handleInboundEmail(d, {
      raw: outOfOffice(
        interview,
        "Thank you for your email. I am out of the office with limited access to email.\nI will be back on Thursday, December 10.\n",
      ),
    });

    expect(outcome).toMatchObject({
      result: "deferred",
      kind: "auto_reply",
      reason: "away until 2026-12-10",
      interviewId: interview.id,
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stepOf(stored, "s4")).toMatchObject({ status: "scheduled", sendAt: "2026-12-10T09:30:00+01:00" });
    expect(stepOf(stored, "s4").why).toMatch(
      / Moved to Thursday 10 Dec 2026 at 09:30: away until 2026-12-10\.$/,
    );
    // The weekly check-in (Tuesday 15 Dec) would come 3 business days after the one on the return: it keeps
    // the plan's 5, Thursday 17 Dec.
    expect(stepOf(stored, "s5")).toMatchObject({ status: "scheduled", sendAt: "2026-12-17T09:30:00+01:00" });
    expect(stepOf(stored, "s5").why).toMatch(
      /^Weekly check-in .* Moved to Thursday 17 Dec 2026 at 09:30: kept apart from the follow-up that goes on their return\.$/,
    );
    for (const id of ["s1", "s2", "s3"]) expect(stepOf(stored, id)).toEqual(stepOf(interview, id));
    expect(d.schedules.upserts).toEqual([
      expect.objectContaining({
        name: `fu-${interview.id}-s4`,
        localTime: "2026-12-10T09:30:00",
        timezone: "Europe/Berlin",
      }),
      expect.objectContaining({
        name: `fu-${interview.id}-s5`,
        localTime: "2026-12-17T09:30:00",
        timezone: "Europe/Berlin",
      }),
    ]);
    expect(d.schedules.removes).toEqual([]);
    const [event] = eventsOf(stored, "inbound.auto_reply");
    expect(event?.detail).toContain("away until 2026-12-10");
    expect(d.mailer.sent).toEqual([]);
  });

  it("a return date on a public holiday moves the steps to the next business day", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_BERLIN_NUDGE, BERLIN_RECRUITER);

    await handleInboundEmail(d, {
      raw: outOfOffice(interview, "I'm on vacation until Friday, December 25 with no access to email.\n"),
    });

    // Fri 25 Dec is Christmas (the interview's country is the US), then a weekend.
    const stored = d.store.peek(interview.id);
    expect(stepOf(stored, "s4").sendAt).toBe("2026-12-28T09:30:00+01:00");
    expect(stepOf(stored, "s5").sendAt).toBe("2026-12-28T09:30:00+01:00");
    expect(d.schedules.upserts.map((s) => [s.name, s.localTime]).sort()).toEqual([
      [`fu-${interview.id}-s4`, "2026-12-28T09:30:00"],
      [`fu-${interview.id}-s5`, "2026-12-28T09:30:00"],
    ]);
  });

  it("an out-of-office without a return date only goes on the timeline", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_BERLIN_NUDGE, BERLIN_RECRUITER);

    const outcome = await handleInboundEmail(d, {
      raw: outOfOffice(interview, "I am currently out of the office with limited access to email.\n"),
    });

    expect(outcome).toMatchObject({ result: "recorded", kind: "auto_reply", reason: "no return date" });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stored?.steps).toEqual(interview.steps);
    expect(eventsOf(stored, "inbound.auto_reply")).toHaveLength(1);
    expect(d.schedules.upserts).toEqual([]);
    expect(d.schedules.removes).toEqual([]);
    expect(d.mailer.sent).toEqual([]);
  });

  it("an interviewer's out-of-office does not move the recruiter's steps", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, ["s1", "s2"], "2026-11-24T16:00:00.000Z");

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: ANN,
        to: replyAddress(interview, "s1"),
        subject: "Out of office",
        headers: [["Auto-Submitted", "auto-replied"]],
        body: "I am out of the office. I will be back on December 10.\n",
      }),
    });

    expect(outcome).toMatchObject({
      result: "recorded",
      kind: "auto_reply",
      reason: "away until 2026-12-10",
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stored?.steps).toEqual(interview.steps);
    expect(d.schedules.upserts).toEqual([]);
  });

  it("an out-of-office from an address we never wrote to moves the steps of the person the token names", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_BERLIN_NUDGE, BERLIN_RECRUITER);

    await handleInboundEmail(d, {
      raw: outOfOffice(
        interview,
        "I am out of the office. I will be back on Thursday, December 10.\n",
        "Rita Ruiz <r.ruiz@mail.acme.test>",
      ),
    });

    const stored = d.store.peek(interview.id);
    expect(stepOf(stored, "s4").sendAt).toBe("2026-12-10T09:30:00+01:00");
    expect(stepOf(stored, "s5").sendAt).toBe("2026-12-17T09:30:00+01:00");
  });
});

describe("handleInboundEmail: bounces, complaints and verdicts", () => {
  const AFTER_NUDGE_SENT = "2026-12-01T14:31:00.000Z";

  it("a permanent DSN for the recruiter suppresses her for the owner and skips her pending steps", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE_SENT);

    const outcome = await handleInboundEmail(d, {
      raw: deliveryStatusNotification({
        to: replyAddress(interview, "s3"),
        failedRecipient: "rita@acme.test",
        status: "5.1.1",
        action: "failed",
        originalMessageId: sesMessageId(interview.id, "s3"),
      }),
    });

    expect(outcome).toMatchObject({
      result: "recorded",
      kind: "bounce",
      reason: "bounce: rita@acme.test undeliverable",
      interviewId: interview.id,
    });
    expect(await d.suppressions.isSuppressed(OWNER, "rita@acme.test")).toMatchObject({ reason: "bounced" });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(statuses(stored)).toEqual({ s1: "sent", s2: "sent", s3: "sent", s4: "skipped", s5: "skipped" });
    expect(stepOf(stored, "s4").reason).toBe("rita@acme.test bounced");
    expect(eventsOf(stored, "contact.bounced")).toEqual([
      expect.objectContaining({ detail: "rita@acme.test bounced: steps to it skipped" }),
    ]);
    expect(d.mailer.sent).toEqual([]);
  });

  it("a DSN that lost the token is matched through the Message-ID of the original it carries", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE_SENT);

    const outcome = await handleInboundEmail(d, {
      raw: deliveryStatusNotification({
        to: "bounces@mail.example.com",
        failedRecipient: "rita@acme.test",
        status: "5.1.1",
        action: "failed",
        originalMessageId: sesMessageId(interview.id, "s3"),
      }),
    });

    expect(outcome).toMatchObject({ result: "recorded", kind: "bounce", interviewId: interview.id });
    expect(statuses(d.store.peek(interview.id))).toMatchObject({ s4: "skipped", s5: "skipped" });
  });

  it("a delayed DSN (4.x.x, Action: delayed) suppresses nothing and skips nothing", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE_SENT);

    const outcome = await handleInboundEmail(d, {
      raw: deliveryStatusNotification({
        to: replyAddress(interview, "s3"),
        failedRecipient: "rita@acme.test",
        status: "4.4.7",
        action: "delayed",
        originalMessageId: sesMessageId(interview.id, "s3"),
      }),
    });

    expect(outcome).toMatchObject({
      result: "recorded",
      kind: "bounce",
      reason: "a temporary delivery delay",
    });
    expect(d.suppressions.of(OWNER)).toEqual([]);
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stored?.steps).toEqual(interview.steps);
    expect(eventsOf(stored, "inbound.delayed")).toHaveLength(1);
    expect(d.schedules.removes).toEqual([]);
  });

  it("an ARF abuse report suppresses the address and skips its steps", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE_SENT);

    const outcome = await handleInboundEmail(d, {
      raw: abuseReport({
        to: replyAddress(interview, "s3"),
        complainant: "rita@acme.test",
        originalMessageId: sesMessageId(interview.id, "s3"),
      }),
    });

    expect(outcome).toMatchObject({
      result: "recorded",
      kind: "complaint",
      reason: "complaint: rita@acme.test undeliverable",
    });
    expect(await d.suppressions.isSuppressed(OWNER, "rita@acme.test")).toMatchObject({
      reason: "complained",
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(statuses(stored)).toMatchObject({ s1: "sent", s4: "skipped", s5: "skipped" });
    expect(eventsOf(stored, "contact.complained")).toHaveLength(1);
    expect(d.mailer.sent).toEqual([]);
  });

  it("a reply SES flagged as spam is recorded and the chain goes on", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
      verdicts: { spam: "FAIL" },
    });

    expect(outcome).toMatchObject({
      result: "recorded",
      kind: "spam",
      reason: "SES spam verdict FAIL",
      interviewId: interview.id,
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stored?.steps).toEqual(interview.steps);
    expect(eventsOf(stored, "inbound.spam")[0]?.detail).toContain("SES spam verdict FAIL");
    expect(eventsOf(stored, "reply.received")).toEqual([]);
    expect(d.mailer.sent).toEqual([]);
    expect(d.schedules.removes).toEqual([]);
  });
});

describe("handleInboundEmail: garbage", () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../../../fixtures/inbound/${name}`, import.meta.url));
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));

  it.each([
    ["an empty buffer", Buffer.alloc(0), /^empty message$/],
    ["blank lines only", Buffer.from("\r\n\r\n  \n"), /^empty message$/],
    ["binary junk", junk, /^not a MIME message: control characters/],
    [
      "text that is no message",
      Buffer.from("hello there, this is not an email\n\nat all\n"),
      /^not a MIME message/,
    ],
    [
      "headers that never end",
      Buffer.from("From: rita@acme.test\r\nTo: someone@reply.example.com\r\nSubject: cut"),
      /^truncated/,
    ],
    ["more than the size limit", Buffer.alloc(10 * 1024 * 1024 + 1, "a"), /^too large/],
    ["fixture empty.eml", fixture("empty.eml"), /^empty message$/],
    ["fixture binary-junk.eml", fixture("binary-junk.eml"), /^not a MIME message/],
    ["fixture truncated-headers.eml", fixture("truncated-headers.eml"), /^truncated/],
  ] as const)("%s is rejected with a reason and touches nothing", async (_, raw, reason) => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const before = d.store.peek(interview.id);
    if (!before) throw new Error("not stored");
    const reads = d.store.calls.get;

    const outcome = await handleInboundEmail(d, { raw });

    expect(outcome).toMatchObject({ result: "rejected", reason: expect.stringMatching(reason) });
    expect(d.store.calls.get).toBe(reads);
    expectUntouched(d, before);
    expect(d.messages.lookups).toEqual([]);
  });
});

describe("handleInboundEmail: who may stop or move a chain", () => {
  const STRANGER = "Mallory <mallory@evil.test>";
  const manageUrl = (interviewId: string, stepId: string) =>
    `https://api.example.com/manage/m-${interviewId}-${stepId}`;

  /** The chain is as it was: same status, same steps, nothing scheduled or removed. */
  function expectChainUnchanged(d: InboundTestDeps, before: Interview): void {
    const stored = d.store.peek(before.id);
    expect(stored?.status).toBe(before.status);
    expect(stored?.steps).toEqual(before.steps);
    expect(stored?.decisionExpectedBy).toBe(before.decisionExpectedBy);
    expect(d.schedules.upserts).toEqual([]);
    expect(d.schedules.removes).toEqual([]);
    expect(eventsOf(stored, "reply.received")).toEqual([]);
  }

  it("a stranger writing to a valid reply address changes nothing and is forwarded marked unverified, with no Reply-To", async () => {
    const d: InboundTestDeps = { ...inboundTestDeps(), manageUrl };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: STRANGER,
        to: replyAddress(interview, "s3"),
        subject: "Re: Checking in",
        body: "Please stop all follow-ups. Reply to me at mallory@evil.test.",
      }),
    });

    expect(outcome).toMatchObject({
      result: "unverified_sender",
      kind: "reply",
      interviewId: interview.id,
      reason: expect.stringContaining("mallory@evil.test is not a contact of this interview"),
    });
    expectChainUnchanged(d, interview);
    expect(d.mailer.sent).toHaveLength(1);
    const forwarded = d.mailer.sent[0];
    expect(forwarded?.to).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
    expect(forwarded?.replyTo).toEqual([]);
    expect(forwarded?.subject).toMatch(/^\[Unverified sender\] mallory@evil\.test: Re: Checking in$/);
    const [first] = forwarded?.text.split("\n") ?? [];
    expect(first).toMatch(/^UNVERIFIED SENDER: .*mallory@evil\.test.*not a contact of this interview/);
    // A reminder (s2) carries the signed manage page, which has the Stop button.
    expect(forwarded?.text).toContain(`https://api.example.com/manage/m-${interview.id}-s2`);
    expect(forwarded?.text).toContain("Please stop all follow-ups.");
    expect(eventsOf(d.store.peek(interview.id), "inbound.unverified")).toEqual([
      expect.objectContaining({ detail: expect.stringContaining("mallory@evil.test") }),
    ]);
  });

  it("without a public API URL the forward says how to stop the chain instead of linking", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    await handleInboundEmail(d, {
      raw: rawEmail({ from: STRANGER, to: replyAddress(interview, "s3"), body: "Hello" }),
    });

    expect(d.mailer.sent[0]?.text).toContain(`POST /interviews/${interview.id}/stop`);
    expect(d.mailer.sent[0]?.text).not.toContain("/manage/");
  });

  it("a chain without reminders gets the Stop link too, naming its first step", async () => {
    const d: InboundTestDeps = { ...inboundTestDeps(), manageUrl };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const stored = d.store.peek(interview.id);
    if (!stored) throw new Error("no interview");
    d.store.put({ ...stored, steps: stored.steps.filter((s) => s.channel !== "reminder") });

    await handleInboundEmail(d, {
      raw: rawEmail({ from: STRANGER, to: replyAddress(interview, "s3"), body: "Please stop." }),
    });

    expect(d.mailer.sent[0]?.text).toContain(`https://api.example.com/manage/m-${interview.id}-s1`);
    expect(d.mailer.sent[0]?.text).toContain("press Stop");
  });

  it("once the chain sends nothing more, the forward says so and offers no Stop link", async () => {
    const d: InboundTestDeps = { ...inboundTestDeps(), manageUrl };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    await stopInterview(d, { owner: OWNER, id: interview.id, reason: "offer" });
    const stopped = d.store.peek(interview.id);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: STRANGER,
        to: replyAddress(interview, "s3"),
        body: "Please stop all follow-ups.",
      }),
    });

    expect(outcome).toMatchObject({ result: "unverified_sender", interviewId: interview.id });
    expect(d.store.peek(interview.id)?.steps).toEqual(stopped?.steps);
    expect(d.mailer.sent).toHaveLength(1);
    const text = d.mailer.sent[0]?.text ?? "";
    expect(text).toContain("No more follow-ups will be sent for the Staff Engineer role at Acme Corp");
    expect(text).not.toContain("go on");
    expect(text).not.toContain("/manage/");
    expect(text).not.toContain("press Stop");
  });

  it("a stranger quoting a Message-ID we sent (In-Reply-To, no token) changes nothing either", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: STRANGER,
        to: "Cara Diaz <cara@example.com>",
        inReplyTo: sesMessageId(interview.id, "s3"),
        body: RITA_REPLY,
      }),
    });

    expect(outcome).toMatchObject({ result: "unverified_sender", interviewId: interview.id });
    expectChainUnchanged(d, interview);
    expect(d.mailer.sent.map((m) => m.replyTo)).toEqual([[]]);
  });

  it("a colleague at a contact's own domain (or a subdomain) answers for them: the chain stops", async () => {
    for (const from of ["Hiring Team <Jobs@ACME.test>", "talent@eu.acme.test"]) {
      const d = inboundTestDeps();
      const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

      const outcome = await handleInboundEmail(d, {
        raw: rawEmail({ from, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
        verdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS" },
      });

      expect(outcome).toMatchObject({ result: "stopped", kind: "reply" });
      expect(d.store.peek(interview.id)?.status).toBe("replied");
      expect(d.mailer.sent[0]?.replyTo).toEqual([from.replace(/^.*<|>$/g, "").toLowerCase()]);
    }
  });

  it("a look-alike domain is no colleague (acme.test.evil.example, notacme.test)", async () => {
    for (const from of ["hr@acme.test.evil.example", "hr@notacme.test"]) {
      const d = inboundTestDeps();
      const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
      const outcome = await handleInboundEmail(d, {
        raw: rawEmail({ from, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
      });
      expect(outcome).toMatchObject({ result: "unverified_sender" });
      expectChainUnchanged(d, interview);
    }
  });

  it.each([
    ["a source route", "Dana <@evil.test:jobs@acme.test>", "@evil.test:jobs@acme.test"],
    ["a source route to a contact's own address", "<@evil.test:rita@acme.test>", "@evil.test:rita@acme.test"],
    ["two unquoted @", "<jobs@evil.test@acme.test>", "jobs@evil.test@acme.test"],
  ])(
    "a From with %s is no colleague: nothing changes, it is forwarded marked unverified",
    async (_, from, address) => {
      const d = inboundTestDeps();
      const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

      const outcome = await handleInboundEmail(d, {
        raw: rawEmail({ from, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
        verdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS" },
      });

      expect(outcome).toMatchObject({
        result: "unverified_sender",
        reason: expect.stringContaining(`${address} is not a plain local@domain address`),
      });
      expectChainUnchanged(d, interview);
      expect(d.mailer.sent).toHaveLength(1);
      expect(d.mailer.sent[0]?.subject.startsWith(`[Unverified sender] ${address}: `)).toBe(true);
      expect(d.mailer.sent[0]?.replyTo).toEqual([]);
    },
  );

  it("a colleague whose address has a quoted local part or a plus tag still answers for the contact", async () => {
    for (const from of [
      'Hiring <"hiring team"@acme.test>',
      '"hiring.team"@acme.test',
      "rita+jobs@acme.test",
    ]) {
      const d = inboundTestDeps();
      const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

      const outcome = await handleInboundEmail(d, {
        raw: rawEmail({ from, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
        verdicts: { spf: "PASS", dkim: "PASS", dmarc: "PASS" },
      });

      expect(outcome, from).toMatchObject({ result: "stopped", kind: "reply" });
      expect(d.store.peek(interview.id)?.status).toBe("replied");
    }
  });

  it("at a free-mail domain only the contact's own address counts, whatever its case", async () => {
    const d = inboundTestDeps();
    const created = await createInterview(d, {
      owner: OWNER,
      details: interviewDetails({ interviewers: [{ name: "Ann Lee", email: "ann.lee@gmail.com" }] }),
    });
    d.schedules.clearHistory();

    const stranger = await handleInboundEmail(d, {
      raw: rawEmail({
        from: "Recruiting <hr.team@gmail.com>",
        to: replyAddress(created, "s1"),
        body: RITA_REPLY,
      }),
    });
    expect(stranger).toMatchObject({ result: "unverified_sender" });
    expectChainUnchanged(d, created);

    const ann = await handleInboundEmail(d, {
      raw: rawEmail({
        from: "Ann Lee <Ann.Lee@GMail.com>",
        to: replyAddress(created, "s1"),
        body: RITA_REPLY,
      }),
    });
    expect(ann).toMatchObject({ result: "stopped" });
    expect(d.store.peek(created.id)?.status).toBe("replied");
  });

  it.each([
    ["DMARC FAIL", { dmarc: "FAIL", spf: "PASS", dkim: "PASS" }, "DMARC failed"],
    ["SPF and DKIM FAIL", { spf: "FAIL", dkim: "FAIL", dmarc: "GRAY" }, "SPF and DKIM failed"],
    ["lower-case fail", { spf: "fail", dkim: "fail" }, "SPF and DKIM failed"],
  ])(
    "a contact's address with %s is not believed: nothing changes, the message is forwarded marked unverified",
    async (_, verdicts, why) => {
      const d = inboundTestDeps();
      const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

      const outcome = await handleInboundEmail(d, {
        raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
        verdicts,
      });

      expect(outcome).toMatchObject({ result: "unverified_sender", reason: expect.stringContaining(why) });
      expectChainUnchanged(d, interview);
      expect(d.mailer.sent).toHaveLength(1);
      expect(d.mailer.sent[0]?.subject).toMatch(/^\[Unverified sender\] rita@acme\.test/);
      expect(d.mailer.sent[0]?.replyTo).toEqual([]);
    },
  );

  it.each([
    ["one of SPF or DKIM failing", { spf: "FAIL", dkim: "PASS", dmarc: "GRAY" }],
    ["GRAY everywhere (no DMARC record)", { spf: "GRAY", dkim: "GRAY", dmarc: "GRAY" }],
    [
      "PROCESSING_FAILED",
      { spf: "PROCESSING_FAILED", dkim: "PROCESSING_FAILED", dmarc: "PROCESSING_FAILED" },
    ],
  ])("a contact's reply with %s still stops the chain", async (_, verdicts) => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
      verdicts,
    });
    expect(outcome).toMatchObject({ result: "stopped" });
  });

  // Rita works from Berlin; the nudge (s3) went out on Tue 1 Dec 2026.
  const BERLIN = { recruiter: { name: "Rita Ruiz", email: "rita@acme.test", timezone: "Europe/Berlin" } };
  // 81 days after the receipt: past the 30-day cap on moving steps, within the 90 days a date may reach.
  const AWAY_LONG = "I am out of the office and will be back on February 20, 2027.\n";
  const ooo = (interview: Interview, from: string, body = AWAY_LONG) =>
    rawEmail({
      from,
      to: replyAddress(interview, "s3"),
      subject: "Automatic reply",
      headers: [["Auto-Submitted", "auto-replied"]],
      body,
    });

  it("an out-of-office until February moves the contact's steps by 30 days at most, and says so", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-01T14:02:00.000Z", BERLIN);

    const outcome = await handleInboundEmail(d, { raw: ooo(interview, RITA) });

    expect(outcome).toMatchObject({
      result: "deferred",
      reason: "away until 2027-02-20; steps moved by at most 30 days, to 2026-12-31",
    });
    const stored = d.store.peek(interview.id);
    // Thu 31 Dec 2026, the first send slot 30 days after the receipt, not February.
    expect(stepOf(stored, "s4").sendAt).toBe("2026-12-31T09:30:00+01:00");
    expect(stepOf(stored, "s5").sendAt).toBe("2026-12-31T09:30:00+01:00");
    expect(eventsOf(stored, "inbound.auto_reply")[0]?.detail).toContain(
      "more than 30 days away; follow-ups to rita@acme.test wait 30 days, until 2026-12-31, not longer",
    );
  });

  it.each([
    ["more than 90 days ahead", "back on December 31, 2099", "2099-12-31", "it is more than 90 days ahead"],
    ["already past", "back on 3 March 2025", "2025-03-03", "it is already past"],
    ["just past (no year)", "back on Nov 28", "2026-11-28", "it is already past"],
  ])("an out-of-office whose return date is %s moves nothing and says why", async (_, said, date, why) => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-01T14:02:00.000Z", BERLIN);
    const before = d.store.peek(interview.id);

    const outcome = await handleInboundEmail(d, {
      raw: ooo(interview, RITA, `I am out of the office and will be ${said}.\n`),
    });

    expect(outcome).toMatchObject({ result: "recorded" });
    expect(outcome.reason).toContain(`(${date}) was not used: ${why}`);
    const stored = d.store.peek(interview.id);
    expect(stepOf(stored, "s4").sendAt).toBe(stepOf(before, "s4").sendAt);
    expect(d.schedules.upserts).toEqual([]);
    expect(eventsOf(stored, "inbound.auto_reply")[0]?.detail).toContain(
      `the return date "${said.replace("back on ", "")}" (${date}) was not used: ${why}; the chain goes on.`,
    );
  });

  it("the furthest a date may reach is a setting", async () => {
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      limits: { maxForwardsPerDay: 10, maxAwayDays: 30, maxDateAheadDays: 60 },
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-01T14:02:00.000Z", BERLIN);
    const outcome = await handleInboundEmail(d, { raw: ooo(interview, RITA) });
    expect(outcome.reason).toContain("(2027-02-20) was not used: it is more than 60 days ahead");
  });

  it("the cap is a setting", async () => {
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      limits: { maxForwardsPerDay: 10, maxAwayDays: 10, maxDateAheadDays: 90 },
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-01T14:02:00.000Z", BERLIN);
    await handleInboundEmail(d, { raw: ooo(interview, RITA) });
    expect(stepOf(d.store.peek(interview.id), "s4").sendAt).toBe("2026-12-11T09:30:00+01:00");
  });

  it.each([
    ["a stranger", STRANGER, undefined],
    ["the recruiter's address failing DMARC", RITA, { dmarc: "FAIL" }],
  ])("an out-of-office from %s moves nothing and is not forwarded", async (_, from, verdicts) => {
    const entries: InboundLogEntry[] = [];
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      inboundLog: { record: async (e) => void entries.push(e), day: async () => entries },
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, "2026-12-01T14:02:00.000Z", BERLIN);

    const outcome = await handleInboundEmail(d, {
      raw: ooo(interview, from),
      ...(verdicts ? { verdicts } : {}),
    });

    expect(outcome).toMatchObject({ result: "unverified_sender", kind: "auto_reply" });
    expectUntouched(d, interview);
    expect(entries).toEqual([expect.objectContaining({ result: "unverified_sender", kind: "auto_reply" })]);
  });

  it("30 forged messages in a row: at most 10 are forwarded, the rest are logged as forward_rate_limited, the chain goes on", async () => {
    const entries: InboundLogEntry[] = [];
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      inboundLog: { record: async (e) => void entries.push(e), day: async () => entries },
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    for (let i = 0; i < 30; i++) {
      await handleInboundEmail(d, {
        raw: rawEmail({
          from: `Stranger ${i} <s${i}@evil${i % 3}.test>`,
          to: replyAddress(interview, "s3"),
          inReplyTo: sesMessageId(interview.id, "s3"),
          body: `Forged ${i}`,
        }),
      });
    }

    expect(d.mailer.sent).toHaveLength(10);
    expect(entries.map((e) => e.result)).toEqual([
      ...Array(10).fill("unverified_sender"),
      ...Array(20).fill("forward_rate_limited"),
    ]);
    expectChainUnchanged(d, interview);
    expect(eventsOf(d.store.peek(interview.id), "inbound.unverified")).toHaveLength(10);

    // A new UTC day has its own allowance.
    d.clock.set("2026-12-03T15:00:00.000Z");
    await handleInboundEmail(d, {
      raw: rawEmail({ from: STRANGER, to: replyAddress(interview, "s3"), body: "Next day" }),
    });
    expect(d.mailer.sent).toHaveLength(11);
  });

  it("an unverified message delivered twice is forwarded once", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);
    const raw = rawEmail({
      from: STRANGER,
      to: replyAddress(interview, "s3"),
      messageId: "<once@evil.test>",
      body: "Hi",
    });

    await handleInboundEmail(d, { raw });
    const again = await handleInboundEmail(d, { raw });

    expect(again).toMatchObject({ result: "ignored", reason: "this message was already forwarded" });
    expect(d.mailer.sent).toHaveLength(1);
  });

  it("contacts' replies count against the same daily limit: past it the chain still stops but nothing is forwarded", async () => {
    const d: InboundTestDeps = {
      ...inboundTestDeps(),
      limits: { maxForwardsPerDay: 1, maxAwayDays: 30, maxDateAheadDays: 90 },
    };
    const interview = await chainWithSent(d, SENT_BY_DEC_2, AFTER_NUDGE);

    await handleInboundEmail(d, {
      raw: rawEmail({ from: STRANGER, to: replyAddress(interview, "s3"), body: "x" }),
    });
    const rita = await handleInboundEmail(d, {
      raw: rawEmail({ from: RITA, to: replyAddress(interview, "s3"), body: RITA_REPLY }),
    });

    expect(rita).toMatchObject({
      result: "stopped",
      reason: "replied; not forwarded (forward_rate_limited)",
    });
    expect(d.store.peek(interview.id)?.status).toBe("replied");
    expect(d.mailer.sent.map((m) => m.subject.startsWith("[Unverified sender]"))).toEqual([true]);
  });
});
