import type { ParsedInboundEmail } from "../../shared/inbound/inbound-email.js";
import { parseInboundEmail } from "../../shared/inbound/parse-inbound-email.js";

/**
 * A plain-text UTF-8 reply to one of our reply addresses as a server that strips automation headers
 * (Auto-Submitted, X-Autoreply, Precedence) delivers it, parsed: only its words can say what it is.
 */
export async function parsePlainMail(
  subject: string,
  body: string,
  from = "Dana Ortiz <dana@acme.example>",
): Promise<ParsedInboundEmail> {
  const head = [
    `From: ${from}`,
    "To: r-01jd8x3q7zb4n5m6p7r8s9t0vw-s1-8438fe25e05071c77000@reply.example.com",
    `Subject: ${subject}`,
    "Date: Tue, 1 Dec 2026 10:40:01 +0100",
    "Message-ID: <plain@acme.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  const email = await parseInboundEmail(
    Buffer.from(`${head.join("\r\n")}\r\n\r\n${body.replace(/\n/g, "\r\n")}`),
  );
  if (email.kind !== "parsed") throw new Error(email.reason);
  return email;
}
