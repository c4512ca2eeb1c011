import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { handleInboundEmail } from "../../../../shared/use-cases/handle-inbound-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryMessageIndex } from "../../../support/in-memory-message-index.js";
import {
  type InboundTestDeps,
  inboundTestDeps,
  replyAddress,
  sesMessageId,
} from "../../../support/inbound-test-deps.js";
import { abuseReport, deliveryStatusNotification } from "../../../support/raw-email.js";
import { interviewDetails } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "owner-cara";

/** A chain whose first three steps went out, each recorded in the sent-message index as the sender does. */
async function sentChain(d: InboundTestDeps, overrides: Record<string, unknown> = {}): Promise<Interview> {
  const created = await createInterview(d, { owner: OWNER, details: interviewDetails(overrides) });
  d.store.writeConcurrently(created.id, (c) => ({
    ...c,
    steps: c.steps.map((s) =>
      ["s1", "s2", "s3"].includes(s.id)
        ? { ...s, status: "sent", sentAt: s.sendAt, messageId: sesMessageId(c.id, s.id), updatedAt: s.sendAt }
        : s,
    ),
  }));
  for (const id of ["s1", "s2", "s3"]) {
    await d.messages.remember(
      sesMessageId(created.id, id),
      { interviewId: created.id, stepId: id },
      new Date(),
    );
  }
  d.schedules.clearHistory();
  d.clock.set("2026-12-01T14:31:00.000Z");
  const stored = d.store.peek(created.id);
  if (!stored) throw new Error("not stored");
  return stored;
}

function expectNothingChanged(d: InboundTestDeps, before: Interview): void {
  expect(d.store.peek(before.id)).toEqual(before);
  expect(d.suppressions.of(OWNER)).toEqual([]);
  expect(d.schedules.removes).toEqual([]);
  expect(d.mailer.sent).toEqual([]);
}

describe("handleInboundEmail: a bounce or complaint must refer to a message we sent", () => {
  it("a DSN to a valid reply address quoting a Message-ID we never sent suppresses nobody", async () => {
    const d = inboundTestDeps();
    const interview = await sentChain(d);

    const outcome = await handleInboundEmail(d, {
      raw: deliveryStatusNotification({
        to: replyAddress(interview, "s3"),
        failedRecipient: "rita@acme.test",
        status: "5.1.1",
        action: "failed",
        originalMessageId: "<forged-1@evil.test>",
      }),
    });

    expect(outcome).toMatchObject({
      result: "ignored",
      kind: "bounce",
      interviewId: interview.id,
      reason: "a bounce that refers to no message we sent",
    });
    expectNothingChanged(d, interview);
  });

  it("an abuse report to a valid reply address quoting a Message-ID we never sent suppresses nobody", async () => {
    const d = inboundTestDeps();
    const interview = await sentChain(d);

    const outcome = await handleInboundEmail(d, {
      raw: abuseReport({
        to: replyAddress(interview, "s3"),
        complainant: "rita@acme.test",
        originalMessageId: "<forged-2@evil.test>",
      }),
    });

    expect(outcome).toMatchObject({
      result: "ignored",
      kind: "complaint",
      reason: "a complaint that refers to no message we sent",
    });
    expectNothingChanged(d, interview);
  });

  it("a report quoting a message we sent for another interview does not act on this one", async () => {
    const d = inboundTestDeps();
    const interview = await sentChain(d);
    const other = await sentChain(d, { company: "Globex" });

    const outcome = await handleInboundEmail(d, {
      raw: deliveryStatusNotification({
        to: replyAddress(interview, "s3"),
        failedRecipient: "rita@acme.test",
        status: "5.1.1",
        action: "failed",
        originalMessageId: sesMessageId(other.id, "s3"),
      }),
    });

    expect(outcome).toMatchObject({ result: "ignored", kind: "bounce" });
    expectNothingChanged(d, interview);
    expect(d.store.peek(other.id)).toEqual(other);
  });

  it("the same report quoting the Message-ID we sent still suppresses the address", async () => {
    const d = inboundTestDeps();
    const interview = await sentChain(d);

    const outcome = await handleInboundEmail(d, {
      raw: abuseReport({
        to: replyAddress(interview, "s3"),
        complainant: "rita@acme.test",
        originalMessageId: sesMessageId(interview.id, "s3"),
      }),
    });

    expect(outcome).toMatchObject({ result: "recorded", reason: "complaint: rita@acme.test undeliverable" });
    expect(await d.suppressions.isSuppressed(OWNER, "rita@acme.test")).toMatchObject({
      reason: "complained",
    });
  });

  it("a report quoting a Message-ID the index lost (its write failed) is still known from the sent step", async () => {
    const d = inboundTestDeps();
    const interview = await sentChain(d);
    const lost = new InMemoryMessageIndex();

    const outcome = await handleInboundEmail(
      { ...d, messages: lost },
      {
        raw: deliveryStatusNotification({
          to: replyAddress(interview, "s3"),
          failedRecipient: "rita@acme.test",
          status: "5.1.1",
          action: "failed",
          originalMessageId: sesMessageId(interview.id, "s3").toUpperCase(),
        }),
      },
    );

    expect(outcome).toMatchObject({ result: "recorded", reason: "bounce: rita@acme.test undeliverable" });
    expect(await d.suppressions.isSuppressed(OWNER, "rita@acme.test")).toMatchObject({ reason: "bounced" });
  });
});
