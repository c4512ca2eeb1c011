import { describe, expect, it } from "vitest";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { inboundChain } from "../../../support/inbound-chain.js";
import {
  type InboundTestDeps,
  inboundTestDeps,
  interviewAddress,
} from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

useFixedSystemTime();

const CARA = "Cara Diaz <cara@example.com>";

const remindChain = (d: InboundTestDeps) => inboundChain(d, { mode: "remind" });

/** Rita's Outlook out-of-office, as Gmail forwards it; Cara renamed the subject, so only the inner message tells. */
const forwardOf = (subject: string, body: string) =>
  [
    "Is this one a no?",
    "",
    "---------- Forwarded message ---------",
    "From: Rita Ruiz <rita@acme.test>",
    "Date: Wed, Dec 2, 2026 at 9:30 AM",
    `Subject: ${subject}`,
    "To: Cara Diaz <cara@example.com>",
    "",
    body,
    "",
  ].join("\n");

describe("a candidate-forwarded message is classified by the message it forwards", () => {
  it("a forwarded out-of-office does not stop the chain and is read as the contact's automatic reply", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);
    const before = d.store.peek(interview.id);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview),
        subject: "Fwd: Staff Engineer interview",
        body: forwardOf(
          "Automatic reply: Staff Engineer interview",
          "I am out of the office with limited access to email and will answer when I am back.",
        ),
      }),
    });

    expect(outcome).toMatchObject({ kind: "auto_reply", result: "recorded", reason: "no return date" });
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    expect(stored?.steps).toEqual(before?.steps);
    expect(stored?.events.filter((e) => e.type === "reply.received")).toEqual([]);
    expect(stored?.events.find((e) => e.type === "inbound.auto_reply")?.detail).toContain(
      "Automatic reply from rita@acme.test",
    );
    expect(d.mailer.sent).toEqual([]);
  });

  it("the forwarded message's own subject is enough to tell an automatic reply", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview),
        subject: "Fwd: news",
        body: forwardOf("Out of Office: Staff Engineer interview", "Thanks for your message."),
      }),
    });

    expect(outcome).toMatchObject({ kind: "auto_reply" });
    expect(d.store.peek(interview.id)?.status).toBe("active");
  });

  it("a forwarded person's reply still stops the chain", async () => {
    const d = inboundTestDeps();
    const interview = await remindChain(d);

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: CARA,
        to: interviewAddress(interview),
        subject: "Fwd: Staff Engineer interview",
        body: forwardOf(
          "Re: Staff Engineer interview",
          "Hi Cara,\n\nWe are still deciding, more next week.\n\nRita",
        ),
      }),
    });

    expect(outcome).toMatchObject({ kind: "reply", result: "stopped" });
    expect(d.store.peek(interview.id)?.status).toBe("replied");
  });
});
