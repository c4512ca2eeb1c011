import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { DEFAULT_INBOUND_LIMITS } from "../../../../shared/inbound/inbound-limits.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { sendStep } from "../../../../shared/use-cases/send-step.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryOwnerEmailGate } from "../../../support/in-memory-owner-email-gate.js";
import { inboundChain } from "../../../support/inbound-chain.js";
import { type InboundTestDeps, inboundTestDeps, replyAddress } from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

// What a person's reply costs the interview store (issue 12: at most 6 calls for a reply): one read to match
// it to its chain, then one conditional write that records the reply, stops the chain and takes the
// day's forward to the candidate together.

useFixedSystemTime();

const RITA = "Rita Ruiz <rita@acme.test>";

/** A chain whose nudge to Rita (s3) went out, the clock the day after. */
async function chainWithNudgeSent(d: InboundTestDeps): Promise<Interview> {
  const created = await inboundChain(d);
  d.store.writeConcurrently(created.id, (c) => ({
    ...c,
    steps: c.steps.map((s) => (s.id === "s3" ? { ...s, status: "sent", sentAt: s.sendAt } : s)),
  }));
  return d.store.peek(created.id) as Interview;
}

const replyFromRita = (interview: Interview, messageId: string) =>
  rawEmail({
    from: RITA,
    to: replyAddress(interview, "s3"),
    messageId,
    body: "Thanks Cara, still deciding. Rita\n",
  });

function counting(d: InboundTestDeps) {
  const start = { ...d.store.calls };
  return () => ({ get: d.store.calls.get - start.get, replace: d.store.calls.replace - start.replace });
}

describe("a person's reply and the interview store", () => {
  it("is one read and one write: the reply recorded, the chain stopped and the forward counted together", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithNudgeSent(d);
    const calls = counting(d);

    const outcome = await handleInboundEmail(d, { raw: replyFromRita(interview, "<r1@mail.acme.test>") });

    expect(outcome).toMatchObject({ result: "stopped", kind: "reply" });
    expect(calls()).toEqual({ get: 1, replace: 1 });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(stored?.inboundForwards).toEqual({ day: "2026-12-02", count: 1 });
    expect(d.mailer.sent).toHaveLength(1);
  });

  it("over the day's forward limit, still records the reply in its one write, forwards nothing and counts nothing", async () => {
    const d = inboundTestDeps();
    d.limits = { ...DEFAULT_INBOUND_LIMITS, maxForwardsPerDay: 1 };
    const interview = await chainWithNudgeSent(d);
    d.store.writeConcurrently(interview.id, (c) => ({
      ...c,
      inboundForwards: { day: "2026-12-02", count: 1 },
    }));
    const calls = counting(d);

    const outcome = await handleInboundEmail(d, { raw: replyFromRita(interview, "<r2@mail.acme.test>") });

    expect(outcome.reason).toContain("not forwarded (forward_rate_limited)");
    expect(calls()).toEqual({ get: 1, replace: 1 });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(stored?.inboundForwards).toEqual({ day: "2026-12-02", count: 1 });
    expect(d.mailer.sent).toHaveLength(0);
  });

  it("makes no Scheduler call: a cancelled step's schedule is left, and when it fires nothing is sent or written", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithNudgeSent(d);
    d.schedules.clearHistory();

    await handleInboundEmail(d, { raw: replyFromRita(interview, "<r3@mail.acme.test>") });

    expect(d.schedules.removes).toEqual([]);
    const wasPending = interview.steps.filter((s) => s.status === "scheduled").map((s) => s.id);
    const cancelled = (d.store.peek(interview.id)?.steps ?? []).filter(
      (s) => s.status === "cancelled" && wasPending.includes(s.id),
    );
    expect(cancelled.map((s) => s.id)).toEqual(wasPending);
    expect(cancelled.length).toBeGreaterThan(0);
    const left = cancelled.filter((s) => d.schedules.live.has(s.scheduleName));
    expect(left).toEqual(cancelled);

    // Later, each left-over schedule fires: the sender finds its step cancelled and leaves everything as is.
    const afterReply = d.store.peek(interview.id);
    const sentBefore = d.mailer.sent.length;
    const calls = counting(d);
    for (const step of left) {
      d.clock.set(step.sendAt);
      const outcome = await sendStep(
        {
          ...d,
          gate: new InMemoryOwnerEmailGate(d.suppressions),
          links: () => ({ replyTo: "r@reply.example.com" }),
        },
        { interviewId: interview.id, stepId: step.id },
      );
      expect(outcome.result).toBe("ignored");
    }
    expect(d.mailer.sent).toHaveLength(sentBefore);
    expect(calls().replace).toBe(0);
    expect(d.store.peek(interview.id)).toEqual(afterReply);
  });
});
