import { describe, expect, it } from "vitest";
import { sesReceiptEnvelope } from "../../../../shared/events/ses-receipt-envelope.js";
import type { RawMailSource } from "../../../../shared/ports/raw-mail-source.js";
import { MAX_INBOUND_BYTES, receiveInboundMail } from "../../../../shared/use-cases/receive-inbound-mail.js";
import { inboundTestDeps } from "../../../support/inbound-test-deps.js";
import { rawEmail } from "../../../support/raw-email.js";

function depsWith(stored: Record<string, Buffer>) {
  const asked: Array<[string, number]> = [];
  const source: RawMailSource = {
    read: async (messageId, maxBytes) => {
      asked.push([messageId, maxBytes]);
      return stored[messageId];
    },
  };
  const deps = { ...inboundTestDeps(), source };
  return { deps, asked };
}

describe("receiveInboundMail", () => {
  it("reads each message where SES stored it, logs one that is gone and handles the others", async () => {
    const stranger = rawEmail({
      from: "Zed <zed@nowhere.test>",
      to: "r-nothing@reply.example.com",
      body: "hi",
    });
    const { deps, asked } = depsWith({ present: stranger });

    await receiveInboundMail(deps, [
      { messageId: "gone", verdicts: {} },
      { messageId: "present", verdicts: { spf: "PASS", dkim: "PASS" } },
    ]);

    expect(asked).toEqual([
      ["gone", MAX_INBOUND_BYTES],
      ["present", MAX_INBOUND_BYTES],
    ]);
    expect(deps.log.lines).toContainEqual({
      level: "error",
      message: "inbound message not found in the bucket",
      data: { messageId: "gone" },
    });
    const processed = deps.log.lines.filter((l) => l.message === "inbound message processed");
    expect(processed).toHaveLength(1);
    expect(processed[0]?.data).toMatchObject({ sesMessageId: "present", result: "unmatched" });
    expect(deps.mailer.sent).toHaveLength(0);
  });

  it("throws when the storage fails, so the event is retried", async () => {
    const { deps } = depsWith({});
    deps.source.read = async () => {
      throw new Error("S3 is down");
    };
    await expect(receiveInboundMail(deps, [{ messageId: "m1", verdicts: {} }])).rejects.toThrow("S3 is down");
  });
});

describe("sesReceiptEnvelope", () => {
  it("gives each message's id and only the verdicts SES gave", () => {
    const parsed = sesReceiptEnvelope.parse({
      Records: [
        {
          eventSource: "aws:ses",
          ses: {
            mail: { messageId: "abc123" },
            receipt: {
              spfVerdict: { status: "FAIL" },
              dmarcVerdict: { status: "PASS" },
              dmarcPolicy: "reject",
            },
          },
        },
        { eventSource: "aws:ses", ses: { mail: { messageId: "def456" } } },
      ],
    });
    expect(parsed).toEqual([
      { messageId: "abc123", verdicts: { spf: "FAIL", dmarc: "PASS", dmarcPolicy: "reject" } },
      { messageId: "def456", verdicts: {} },
    ]);
  });

  it("refuses an event that is not an SES receipt", () => {
    expect(sesReceiptEnvelope.safeParse({ Records: [{ eventSource: "aws:sns" }] }).success).toBe(false);
    expect(sesReceiptEnvelope.safeParse({ Records: [] }).success).toBe(false);
  });
});
