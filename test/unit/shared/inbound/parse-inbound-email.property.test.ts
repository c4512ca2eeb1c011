import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

const header = fc.oneof(
  fc.constantFrom(
    "From: Rita <rita@acme.test>",
    "From: =?utf-8?B?UsOtdGE=?= <rita@acme.test>",
    "To: r-01jabcdefghjkmnpqrstvwxyz0-s3-0123456789abcdef0123@reply.example.com",
    "Cc: I-01JABCDEFGHJKMNPQRSTVWXYZ0-0123456789ABCDEF0123@Reply.Example.com",
    "Subject: =?iso-8859-1?Q?R=E9ponse_automatique?=",
    "Message-ID: <a@b>",
    "In-Reply-To: <x@y>",
    "References: <x@y> <z@w>",
    "Date: Wed, 2 Dec 2026 10:15:00 -0500",
    "Date: not a date",
    "Auto-Submitted: auto-replied",
    "Content-Type: multipart/report; report-type=delivery-status; boundary=b",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "Return-Path: <>",
  ),
  fc
    .tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.string({ maxLength: 60 }))
    .map(([k, v]) => `${k}: ${v}`),
);
const body = fc.oneof(
  fc.string({ unit: "binary", maxLength: 800 }),
  fc.constantFrom(
    "--b\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n--b--",
    "<p>Hi &amp; bye</p>",
  ),
);
const raw = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
  fc
    .tuple(fc.array(header, { maxLength: 12 }), body, fc.constantFrom("\r\n", "\n"))
    .map(([headers, text, eol]) => Buffer.from(`${headers.join(eol)}${eol}${eol}${text}`, "utf8")),
);

describe("parseInboundEmail (property)", () => {
  it("never throws: any input is parsed or rejected with a reason, in the shape the classifier relies on", async () => {
    await fc.assert(
      fc.asyncProperty(raw, async (input) => {
        const email = await parseInboundEmail(input, {
          replyDomain: "reply.example.com",
          maxBytes: 64 * 1024,
        });
        expect(email.sizeBytes).toBe(input.length);
        if (email.kind === "rejected") {
          expect(email.reason.length).toBeGreaterThan(0);
          return;
        }
        expect(Array.isArray(email.references)).toBe(true);
        expect(typeof email.text).toBe("string");
        expect(typeof email.subject).toBe("string");
        for (const token of email.tokens) expect(token).toBe(token.toLowerCase());
        if (email.from) expect(email.from.address).toBe(email.from.address.toLowerCase());
        if (email.date) expect(new Date(email.date).toISOString()).toBe(email.date);
      }),
      { numRuns: 500 },
    );
  });

  it("input over the size limit is rejected unread", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4096 }), async (extra) => {
        const input = Buffer.alloc(1024 + extra, "a");
        const email = await parseInboundEmail(input, { maxBytes: 1024 });
        expect(email.kind).toBe("rejected");
      }),
      { numRuns: 50 },
    );
  });
});
