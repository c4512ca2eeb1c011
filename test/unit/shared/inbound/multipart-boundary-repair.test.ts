import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { repairMultipartBoundary } from "../../../../shared/inbound/multipart-boundary-repair.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

const NOTICE = [
  "This is the mail system at host mx.example.",
  "",
  "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.",
  "",
  "<jane.longname@acme-corporation.example>: host mx.acme-corporation.example said: 550 5.1.1 <jane.longname@acme-corporation.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
  "",
].join("\n");

function encode(text: string, cte: "base64" | "quoted-printable"): string {
  if (cte === "base64")
    return (
      Buffer.from(text)
        .toString("base64")
        .match(/.{1,76}/g) ?? []
    ).join("\n");
  // Soft line breaks every 60 characters, as encoders write them: one falls inside the failed address.
  return text
    .replace(/=/g, "=3D")
    .split("\n")
    .map((l) => l.match(/.{1,60}/g)?.join("=\n") ?? "")
    .join("\n");
}

function bounce(contentType: string, cte: "base64" | "quoted-printable", from: string, used = "USED-7f3a") {
  return Buffer.from(
    [
      `From: ${from}`,
      "To: r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000@reply.example.com",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      `Content-Type: ${contentType}`,
      "",
      "This is a MIME-encapsulated message.",
      "",
      `--${used}`,
      "Content-Type: text/plain; charset=utf-8",
      `Content-Transfer-Encoding: ${cte}`,
      "",
      encode(NOTICE, cte),
      `--${used}`,
      "Content-Type: message/rfc822",
      "",
      "From: Sam <sam@candidate.example>",
      "To: jane.longname@acme-corporation.example, bob@acme.example",
      "Subject: Thank you",
      "",
      "Hi Jane, thank you. bob@acme.example is in Cc.",
      `--${used}--`,
      "",
    ].join("\r\n"),
  );
}

// A bounce whose declared boundary is not the one its parts use (a gateway rewrote one of them, or cut it):
// the MIME parser finds no part, so the notice, base64 or quoted-printable, went unread and the dead address
// was never marked undeliverable.
describe("a bounce whose boundary is broken", () => {
  it.each([
    ["a report, boundary differs", 'multipart/report; report-type=delivery-status; boundary="DECLARED"'],
    ["a report, no boundary parameter", "multipart/report; report-type=delivery-status"],
    ["mixed, boundary differs", 'multipart/mixed; boundary="DECLARED"'],
    ["mixed, a prefix of the one used", 'multipart/mixed; boundary="USED"'],
  ])("%s: its notice is decoded and its failed recipient found", async (_name, contentType) => {
    for (const cte of ["base64", "quoted-printable"] as const) {
      const email = await parseInboundEmail(
        bounce(contentType, cte, "Mail Delivery System <MAILER-DAEMON@mx.example>"),
      );
      if (email.kind !== "parsed") throw new Error(email.reason);
      expect(email.text).toContain("could not be delivered");
      expect(email.text).not.toContain("is in Cc");
      const result = classifyInboundEmail(email);
      expect(result).toMatchObject({ kind: "bounce", permanent: true });
      expect(result.bouncedRecipients.map((r) => r.address)).toEqual([
        "jane.longname@acme-corporation.example",
      ]);
    }
  });

  it("a person's message with a broken boundary is left as the parser read it", async () => {
    const email = await parseInboundEmail(
      bounce('multipart/mixed; boundary="DECLARED"', "base64", "Jane <jane@acme.example>"),
    );
    if (email.kind !== "parsed") throw new Error(email.reason);
    expect(email.text).toBe("");
  });
});

describe("repairMultipartBoundary", () => {
  const head =
    'From: a@b.example\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="OLD"\r\nSubject: x';

  it("gives the head with the boundary the body uses, other parameters kept", () => {
    const body = "\r\n\r\n--NEW\r\nContent-Type: text/plain\r\n\r\nx\r\n--NEW--\r\n";
    expect(repairMultipartBoundary(head, body)).toBe(
      'From: a@b.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="NEW"\r\nSubject: x',
    );
  });

  it("finds nothing to repair without a delimiter that opens a part and closes again", () => {
    expect(repairMultipartBoundary(head, "\r\n\r\n--NEW\r\nno header here\r\n--NEW--\r\n")).toBeUndefined();
    expect(
      repairMultipartBoundary(head, "\r\n\r\n--NEW\r\nContent-Type: text/plain\r\n\r\nx\r\n"),
    ).toBeUndefined();
    expect(repairMultipartBoundary(head, "\r\n\r\n-- \r\nSam\r\n")).toBeUndefined();
  });
});
