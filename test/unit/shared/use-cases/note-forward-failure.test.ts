import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { DEFAULT_INBOUND_LIMITS } from "../../../../shared/inbound/inbound-limits.js";
import { PermanentSendError, TransientSendError } from "../../../../shared/ports/mailer.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { inboundChain } from "../../../support/inbound-chain.js";
import { type InboundTestDeps, inboundTestDeps, replyAddress } from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

useFixedSystemTime();

/** Inbound ports allowing one forward a day per interview, and Cara's chain with the nudge to Rita (s3) sent. */
async function oneForwardADay(): Promise<{ d: InboundTestDeps; interview: Interview }> {
  const d = inboundTestDeps();
  d.limits = { ...DEFAULT_INBOUND_LIMITS, maxForwardsPerDay: 1 };
  const created = await inboundChain(d);
  d.store.writeConcurrently(created.id, (c) => ({
    ...c,
    steps: c.steps.map((s) => (s.id === "s3" ? { ...s, status: "sent", sentAt: s.sendAt } : s)),
  }));
  return { d, interview: d.store.peek(created.id) as Interview };
}

const replyFromRita = (interview: Interview) =>
  rawEmail({
    from: "Rita Ruiz <rita@acme.test>",
    to: replyAddress(interview, "s3"),
    messageId: "<r1@mail.acme.test>",
    body: "Thanks Cara, still deciding. Rita\n",
  });

const fromStranger = (interview: Interview, n: number) =>
  rawEmail({
    from: "Mallory <mallory@elsewhere.test>",
    to: replyAddress(interview, "s3"),
    messageId: `<m${n}@elsewhere.test>`,
    body: "Hello again.\n",
  });

describe("a forward to the candidate that the mail service refuses", () => {
  it("gives the day's forward back: the next message that day is still forwarded", async () => {
    const { d, interview } = await oneForwardADay();
    d.mailer.failNext(new PermanentSendError("MessageRejected: Email address is not verified."));

    const rita = await handleInboundEmail(d, { raw: replyFromRita(interview) });
    const next = await handleInboundEmail(d, { raw: fromStranger(interview, 1) });

    expect(rita.reason).toContain("not forwarded (forward_failed)");
    expect(next).toMatchObject({ result: "unverified_sender", reason: expect.stringContaining("forwarded") });
    expect(next.reason).not.toContain("not forwarded");
    expect(d.mailer.sent.map((m) => m.subject.startsWith("[Unverified sender]"))).toEqual([true]);
    expect(d.store.peek(interview.id)?.inboundForwards?.count).toBe(1);
  });

  it("gives an unverified message's forward back too", async () => {
    const { d, interview } = await oneForwardADay();
    d.mailer.failNext(new TransientSendError("SES did not take the email: Maximum sending rate exceeded."));

    const first = await handleInboundEmail(d, { raw: fromStranger(interview, 1) });
    const second = await handleInboundEmail(d, { raw: fromStranger(interview, 2) });

    expect(first.reason).toContain("not forwarded (forward_failed)");
    expect(second.reason).toContain("forwarded marked unverified");
    expect(d.mailer.sent).toHaveLength(1);
  });

  it("keeps the forward counted when the outcome is unknown: the mail may have gone", async () => {
    const { d, interview } = await oneForwardADay();
    d.mailer.failNext(new Error("socket hang up"));

    await handleInboundEmail(d, { raw: replyFromRita(interview) });
    const next = await handleInboundEmail(d, { raw: fromStranger(interview, 1) });

    expect(next).toMatchObject({ result: "forward_rate_limited" });
    expect(d.store.peek(interview.id)?.inboundForwards?.count).toBe(1);
  });

  it("logs a failed give-back and answers as before: the note and the count are one write", async () => {
    const { d, interview } = await oneForwardADay();
    d.mailer.failNext(new PermanentSendError("MessageRejected: Email address is not verified."));
    // The reply's own write has happened when the forward is sent; the store fails from then on.
    d.mailer.onSend = () => {
      d.store.replace = async () => {
        throw new Error("DynamoDB is unavailable");
      };
    };

    const rita = await handleInboundEmail(d, { raw: replyFromRita(interview) });

    expect(rita).toMatchObject({ result: "stopped" });
    expect(rita.reason).toContain("not forwarded (forward_failed)");
    expect(d.log.lines.map((l) => l.message)).toContain("could not note a failed forward on the timeline");
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    expect(stored?.inboundForwards?.count).toBe(1);
  });
});
