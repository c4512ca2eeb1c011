import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { isPendingStep } from "../../../../shared/domain/step.js";
import {
  interviewAddressToken,
  verifyInterviewAddressToken,
} from "../../../../shared/mail/interview-address-token.js";
import { replyToken, verifyReplyToken } from "../../../../shared/mail/reply-token.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { inboundChain } from "../../../support/inbound-chain.js";
import {
  type InboundTestDeps,
  inboundTestDeps,
  interviewAddress,
  REPLY_SECRET,
} from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

useFixedSystemTime();

const CARA = "Cara Diaz <cara@example.com>";

/** A remind-mode chain (every step a reminder to Cara), the clock on Wed 2 Dec 2026. */
async function remindChain(d: InboundTestDeps): Promise<Interview> {
  const created = await inboundChain(d, { mode: "remind" });
  expect(created.steps.every((s) => s.channel === "reminder")).toBe(true);
  return created;
}

/** Gmail's forward of Rita's answer, as Cara sends it on. */
const FORWARD_OF_RITA = [
  "FYI",
  "",
  "---------- Forwarded message ---------",
  "From: Rita Ruiz <rita@acme.test>",
  "Date: Wed, Dec 2, 2026 at 9:30 AM",
  "Subject: Re: Staff Engineer interview",
  "To: Cara Diaz <cara@example.com>",
  "",
  "Hi Cara,",
  "",
  "Thanks for your patience. We will decide by December 15.",
  "",
  "Rita",
  "",
  "On Tue, Dec 1, 2026 at 9:00 AM Cara Diaz <cara@example.com> wrote:",
  "> Hi Rita, just checking in.",
  "",
].join("\n");

describe("the interview's own address (remind mode)", () => {
  it("a contact's reply the candidate forwards to it stops the chain like the contact's own reply", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview),
        subject: "Fwd: Re: Staff Engineer interview",
        body: FORWARD_OF_RITA,
      }),
    });

    expect(outcome).toMatchObject({
      result: "stopped",
      kind: "reply",
      interviewId: interview.id,
      reason: "replied; decision expected by 2026-12-15",
    });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("replied");
    const received = stored?.events.find((e) => e.type === "reply.received");
    expect(received?.detail).toContain("Rita Ruiz <rita@acme.test> (forwarded by the candidate)");
    expect(received?.detail).toContain("We will decide by December 15.");
    expect(received?.detail).not.toContain("just checking in");
    // One check-in after the decision date, as for Rita's own reply; the rest is cancelled.
    const pending = (stored?.steps ?? []).filter(isPendingStep);
    expect(pending.map((s) => s.phase)).toEqual(["after_reply"]);
    const told = d.mailer.sent[0];
    expect(told?.to[0]?.email).toBe("cara@example.com");
    expect(told?.replyTo).toEqual(["rita@acme.test"]);
    expect(told?.text).toContain("one check-in is planned instead");
  });

  it("the candidate's own follow-up with the address in Cc does not stop the chain", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);
    const before = d.store.peek(interview.id);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: "Rita Ruiz <rita@acme.test>",
        cc: interviewAddress(interview),
        subject: "Thank you for the Staff Engineer interview",
        body: "Hi Rita,\n\nThank you for your time yesterday. When do you expect to decide?\n\nCara\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "ignored", reason: "the candidate's own message" });
    expect(d.store.peek(interview.id)?.status).toBe("active");
    expect(d.store.peek(interview.id)?.steps).toEqual(before?.steps);
    expect(d.mailer.sent).toEqual([]);
  });

  it("the candidate's own reply quoting the contact is the candidate writing, not the contact answering", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);
    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: "Rita Ruiz <rita@acme.test>",
        cc: interviewAddress(interview),
        body: "Thanks Rita!\n\nOn Wed, Dec 2, 2026 at 9:30 AM Rita Ruiz <rita@acme.test> wrote:\n> We will decide by December 15.\n",
      }),
    });
    expect(outcome).toMatchObject({ result: "ignored", reason: "the candidate's own message" });
    expect(d.store.peek(interview.id)?.status).toBe("active");
  });

  it("a forward of a stranger's message changes nothing and reaches the candidate as unverified", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);
    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview),
        subject: "Fwd: hello",
        body: FORWARD_OF_RITA.replace("Rita Ruiz <rita@acme.test>", "Mallory <mallory@evil.test>"),
      }),
    });
    expect(outcome).toMatchObject({ result: "unverified_sender" });
    expect(d.store.peek(interview.id)?.status).toBe("active");
  });

  it("a forward whose own sender fails authentication changes nothing", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);
    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview),
        subject: "Fwd: Re",
        body: FORWARD_OF_RITA,
      }),
      verdicts: { spf: "FAIL", dkim: "FAIL", dmarc: "FAIL" },
    });
    expect(outcome).toMatchObject({ result: "unverified_sender" });
    expect(d.store.peek(interview.id)?.status).toBe("active");
  });

  it("an address signed with another key, or naming another interview, matches nothing", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);
    const forged = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview, "another-secret-0123456789abcdef"),
        body: FORWARD_OF_RITA,
      }),
    });
    expect(forged).toMatchObject({ result: "unmatched", reason: "its reply token is forged or altered" });
    expect(d.store.peek(interview.id)?.status).toBe("active");
  });

  it("an interview address token is never a reply token, nor the reverse", () => {
    const id = "01JABCDEFGHJKMNPQRSTVWXYZ0";
    const address = interviewAddressToken(REPLY_SECRET, id);
    expect(address).toMatch(/^i-[0-9a-z]{26}-[0-9a-f]{20}$/);
    expect(verifyInterviewAddressToken(REPLY_SECRET, address)).toBe(id);
    expect(verifyInterviewAddressToken(REPLY_SECRET, address.toUpperCase())).toBe(id);
    expect(verifyReplyToken(REPLY_SECRET, address)).toBeUndefined();
    expect(verifyInterviewAddressToken(REPLY_SECRET, replyToken(REPLY_SECRET, id, "s1"))).toBeUndefined();
    expect(verifyInterviewAddressToken("another-secret-0123456789abcdef", address)).toBeUndefined();
    const altered = `${address.slice(0, -1)}${address.endsWith("0") ? "1" : "0"}`;
    expect(verifyInterviewAddressToken(REPLY_SECRET, altered)).toBeUndefined();
  });
});
