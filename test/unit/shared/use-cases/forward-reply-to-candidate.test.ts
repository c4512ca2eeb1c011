import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { PermanentSendError } from "../../../../shared/ports/mailer.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { inboundChain } from "../../../support/inbound-chain.js";
import { type InboundTestDeps, inboundTestDeps, replyAddress } from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

useFixedSystemTime();

/** Cara's chain with the nudge to Rita (s3) sent, the clock the day after. */
async function chainWithNudgeSent(d: InboundTestDeps): Promise<Interview> {
  const created = await inboundChain(d);
  d.store.writeConcurrently(created.id, (c) => ({
    ...c,
    steps: c.steps.map((s) => (s.id === "s3" ? { ...s, status: "sent", sentAt: s.sendAt } : s)),
  }));
  return d.store.peek(created.id) as Interview;
}

const replyFromRita = (interview: Interview) =>
  rawEmail({
    from: "Rita Ruiz <rita@acme.test>",
    to: replyAddress(interview, "s3"),
    messageId: "<r1@mail.acme.test>",
    body: "Thanks Cara, still deciding. Rita\n",
  });

describe("a reply whose forward SES refuses", () => {
  it("still stops the chain, and the candidate's timeline says the reply was not forwarded and why", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithNudgeSent(d);
    d.mailer.failNext(new PermanentSendError("MessageRejected: Email address is not verified."));

    const outcome = await handleInboundEmail(d, { raw: replyFromRita(interview) });

    expect(outcome).toMatchObject({ result: "stopped", kind: "reply" });
    expect(outcome.reason).toContain("not forwarded (forward_failed)");
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    const note = stored?.events.find((e) => e.type === "inbound.forward_failed");
    expect(note?.detail).toContain("The reply from Rita Ruiz could not be forwarded to you");
    expect(note?.detail).toContain("MessageRejected");
    expect(d.mailer.sent).toHaveLength(0);
  });

  it("a forward that leaves writes no such note", async () => {
    const d = inboundTestDeps();
    const interview = await chainWithNudgeSent(d);

    const outcome = await handleInboundEmail(d, { raw: replyFromRita(interview) });

    expect(outcome.reason).not.toContain("forward_failed");
    expect(d.store.peek(interview.id)?.events.some((e) => e.type === "inbound.forward_failed")).toBe(false);
    expect(d.mailer.sent).toHaveLength(1);
  });
});
