import { describe, expect, it } from "vitest";
import { TransientSendError } from "../../../../shared/ports/mailer.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { inboundChain } from "../../../support/inbound-chain.js";
import { inboundTestDeps, replyAddress } from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

useFixedSystemTime();

describe("an unverified message whose forward SES refuses", () => {
  it("changes nothing, and the candidate's timeline says it was not forwarded and why", async () => {
    const d = inboundTestDeps();
    const interview = await inboundChain(d);
    d.mailer.failNext(new TransientSendError("SES did not take the email: Maximum sending rate exceeded."));

    const outcome = await handleInboundEmail(d, {
      raw: rawEmail({
        from: "Mallory <mallory@elsewhere.test>",
        to: replyAddress(interview, "s3"),
        body: "Please stop writing to us.\n",
      }),
    });

    expect(outcome).toMatchObject({ result: "unverified_sender" });
    expect(outcome.reason).toContain("not forwarded (forward_failed)");
    const stored = d.store.peek(interview.id);
    expect(stored?.status).toBe("active");
    const note = stored?.events.find((e) => e.type === "inbound.forward_failed");
    expect(note?.detail).toContain(
      "The unverified message from mallory@elsewhere.test could not be forwarded to you: the mail service refused it (SES did not take the email: Maximum sending rate exceeded.)",
    );
  });
});
