import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSesMailEvent } from "../../../../shared/events/ses-mail-event.js";
import { sesNotificationsEnvelope } from "../../../../shared/events/ses-notifications-envelope.js";
import { sesReceiptEnvelope } from "../../../../shared/events/ses-receipt-envelope.js";
import { sesReceiptEventSchema } from "../../../../shared/events/ses-receipt-event.js";
import { snsEnvelopeSchema } from "../../../../shared/events/sns-envelope.js";
import {
  SES_EVENT_MESSAGE_ID,
  sesBounce,
  sesComplaint,
  sesSend,
  sesSnsEvent,
} from "../../../support/ses-sns-event.js";

const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

describe("parseSesMailEvent", () => {
  it("reads a permanent bounce into the problem to record, addresses lower-cased", () => {
    expect(parseSesMailEvent(JSON.stringify(sesBounce(ID, "s3", "Ann Lee <Ann@Acme.TEST>")))).toEqual({
      action: "record",
      problem: { kind: "bounce", interviewId: ID, stepId: "s3", addresses: ["ann@acme.test"] },
    });
  });

  it("reads a complaint, and drops a transient bounce as info", () => {
    expect(parseSesMailEvent(JSON.stringify(sesComplaint(ID, "s1", "rita@acme.test")))).toMatchObject({
      action: "record",
      problem: { kind: "complaint", addresses: ["rita@acme.test"] },
    });
    expect(parseSesMailEvent(JSON.stringify(sesBounce(ID, "s1", "a@acme.test", "Transient")))).toMatchObject({
      action: "drop",
      level: "info",
    });
  });

  it("reads the Send event of a step's email to a contact into the Message-ID to index, not a reminder's", () => {
    expect(parseSesMailEvent(JSON.stringify(sesSend(ID, "s2", "dana@acme.test")))).toEqual({
      action: "index",
      sent: { sesMessageId: SES_EVENT_MESSAGE_ID, interviewId: ID, stepId: "s2" },
    });
    expect(
      parseSesMailEvent(JSON.stringify(sesSend(ID, "s3", "sam@example.com", "step_reminder"))),
    ).toMatchObject({ action: "drop", level: "info" });
    // A forward or a notice carries a `kind` and no step: nothing to index.
    const forward = sesSend(ID, "s1", "sam@example.com", "reply_forward");
    const { stepId: _, ...tags } = forward.mail.tags;
    expect(parseSesMailEvent(JSON.stringify({ ...forward, mail: { ...forward.mail, tags } }))).toMatchObject({
      action: "drop",
      level: "info",
    });
  });

  it("drops what is not JSON or not an SES event as an error", () => {
    expect(parseSesMailEvent("{")).toEqual({
      action: "drop",
      reason: "the SNS message is not JSON",
      level: "error",
    });
    expect(parseSesMailEvent("[]")).toMatchObject({ action: "drop", level: "error" });
  });

  const event = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.record(
      {
        eventType: fc.constantFrom("Bounce", "Complaint", "Delivery", "Send", ""),
        bounce: fc.record({
          bounceType: fc.constantFrom("Permanent", "Transient", "Undetermined"),
          bouncedRecipients: fc.array(fc.record({ emailAddress: fc.oneof(fc.emailAddress(), fc.string()) })),
        }),
        complaint: fc.record({
          complainedRecipients: fc.array(
            fc.record({ emailAddress: fc.oneof(fc.emailAddress(), fc.string()) }),
          ),
        }),
        mail: fc.record({
          messageId: fc.string({ maxLength: 20 }),
          tags: fc.dictionary(
            fc.constantFrom("interviewId", "stepId", "other"),
            fc.array(fc.oneof(fc.constant(ID), fc.constant("s2"), fc.string({ maxLength: 30 }))),
          ),
        }),
      },
      { requiredKeys: [] },
    ),
  );

  it("never throws on any message, and only records a valid interview id and valid lower-case addresses", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          event.map((e) => JSON.stringify(e)),
          fc.string({ unit: "binary" }),
        ),
        (message) => {
          const out = parseSesMailEvent(message);
          if (out.action === "drop") {
            expect(out.reason).toEqual(expect.any(String));
            return;
          }
          if (out.action === "index") {
            expect(out.sent.interviewId).toBe(ID);
            expect(out.sent.stepId).toMatch(/^s[0-9]{1,4}$/);
            return;
          }
          expect(out.problem.interviewId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
          expect(out.problem.stepId === undefined || /^s[0-9]{1,4}$/.test(out.problem.stepId)).toBe(true);
          expect(out.problem.addresses.length).toBeGreaterThan(0);
          for (const address of out.problem.addresses) {
            expect(address).toBe(address.toLowerCase());
            expect(address).toMatch(/^[^\s@<>]+@[^\s@<>]+$/);
          }
          expect(new Set(out.problem.addresses).size).toBe(out.problem.addresses.length);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the SNS and SES receipt envelopes", () => {
  it("unwrap the SNS records SES events come in, and refuse anything else", () => {
    const parsed = snsEnvelopeSchema.parse(sesSnsEvent(sesBounce(ID, "s1", "a@acme.test")));
    expect(JSON.parse(parsed.Records[0]?.Sns.Message ?? "")).toMatchObject({ eventType: "Bounce" });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const out = snsEnvelopeSchema.safeParse(value);
        if (out.success) for (const r of out.data.Records) expect(typeof r.Sns.Message).toBe("string");
      }),
      { numRuns: 1000 },
    );
  });

  it("accept only SES message ids that can name an object key, and at most 50 records", () => {
    const receipt = (messageId: unknown, count = 1) => ({
      Records: Array.from({ length: count }, () => ({
        eventSource: "aws:ses",
        ses: { mail: { messageId } },
      })),
    });
    expect(sesReceiptEventSchema.safeParse(receipt("o3vrnl0000mb6psq07hb6t5k0g2tbjnm9jhi2p81")).success).toBe(
      true,
    );
    expect(sesReceiptEventSchema.safeParse(receipt("a", 51)).success).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 250 }), (messageId) => {
        const out = sesReceiptEventSchema.safeParse(receipt(messageId));
        expect(out.success).toBe(/^[A-Za-z0-9._-]{1,200}$/.test(messageId));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("unwrapping an event once, at the edge", () => {
  it("hands the SES events handler each SNS message id with its message read, or the issues of what is not SNS", () => {
    const message = JSON.stringify(sesBounce(ID, "s1", "a@acme.test"));
    expect(sesNotificationsEnvelope.parse(sesSnsEvent(message))).toEqual([
      {
        snsMessageId: "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
        action: "record",
        problem: { kind: "bounce", interviewId: ID, stepId: "s1", addresses: ["a@acme.test"] },
      },
    ]);
    const refused = sesNotificationsEnvelope.safeParse({ Records: [{ Sns: {} }] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "Records.0.Sns.Message: is required",
    ]);
  });

  it("hands the inbound handler each message id with only the verdicts SES gave", () => {
    const event = {
      Records: [
        {
          eventSource: "aws:ses",
          ses: {
            mail: { messageId: "m-1" },
            receipt: {
              spfVerdict: { status: "PASS" },
              dmarcVerdict: { status: "FAIL" },
              dmarcPolicy: "reject",
            },
          },
        },
        { eventSource: "aws:ses", ses: { mail: { messageId: "m-2" } } },
      ],
    };
    expect(sesReceiptEnvelope.parse(event)).toEqual([
      { messageId: "m-1", verdicts: { spf: "PASS", dmarc: "FAIL", dmarcPolicy: "reject" } },
      { messageId: "m-2", verdicts: {} },
    ]);
    expect(sesReceiptEnvelope.safeParse({ Records: [] }).success).toBe(false);
  });
});
