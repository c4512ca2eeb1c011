/**
 * Small builders of raw RFC 5322 / MIME messages, as SES stores them or the SMTP listener receives them,
 * for tests that need addresses (reply tokens, Message-IDs) only known at run time. CRLF line ends.
 */

export interface RawEmailOptions {
  from: string;
  to: string;
  cc?: string;
  subject?: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  /** Extra header fields, in order, e.g. `["Auto-Submitted", "auto-replied"]`. */
  headers?: ReadonlyArray<readonly [string, string]>;
  /** The whole Content-Type value; default `text/plain; charset="utf-8"`. */
  contentType?: string;
  body: string;
}

let counter = 0;

const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

/** A raw message; the body is used as given (7-bit or UTF-8 text), with CRLF line ends. */
export function rawEmail(options: RawEmailOptions): Buffer {
  counter++;
  const fields: Array<readonly [string, string]> = [
    ["Return-Path", `<${/<([^>]+)>/.exec(options.from)?.[1] ?? options.from}>`],
    ["From", options.from],
    ["To", options.to],
    ...(options.cc ? [["Cc", options.cc] as const] : []),
    ["Subject", options.subject ?? "Re: Staff Engineer interview"],
    ["Date", options.date ?? "Wed, 2 Dec 2026 10:15:00 -0500"],
    ["Message-ID", options.messageId ?? `<test-${counter}.${Date.now()}@mail.acme.test>`],
    ...(options.inReplyTo ? [["In-Reply-To", options.inReplyTo] as const] : []),
    ...(options.references ? [["References", options.references] as const] : []),
    ["MIME-Version", "1.0"],
    ...(options.headers ?? []),
    ["Content-Type", options.contentType ?? 'text/plain; charset="utf-8"'],
  ];
  if (!options.contentType?.startsWith("multipart/")) fields.push(["Content-Transfer-Encoding", "8bit"]);
  const head = fields.map(([name, value]) => `${name}: ${value}`).join("\r\n");
  return Buffer.from(`${head}\r\n\r\n${crlf(options.body)}`, "utf8");
}

export interface MimePart {
  contentType: string;
  body: string;
}

/** A multipart body with the given parts, for `rawEmail({ contentType: multipart(...).contentType, body })`. */
export function multipart(
  subtype: string,
  params: string,
  parts: readonly MimePart[],
): { contentType: string; body: string } {
  const boundary = `=_test_boundary_${counter + 1}_${parts.length}`;
  const body = [
    "This is a multi-part message in MIME format.",
    ...parts.map((p) => `--${boundary}\r\nContent-Type: ${p.contentType}\r\n\r\n${crlf(p.body)}`),
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return { contentType: `multipart/${subtype}; ${params ? `${params}; ` : ""}boundary="${boundary}"`, body };
}

/** An RFC 3464 delivery status notification for one recipient of the message `originalMessageId`. */
export function deliveryStatusNotification(options: {
  to: string;
  failedRecipient: string;
  status: string;
  action: "failed" | "delayed";
  originalMessageId: string;
  reportingMta?: string;
}): Buffer {
  const mta = options.reportingMta ?? "mx.acme.test";
  const diagnostic =
    options.action === "failed"
      ? `550 5.1.1 <${options.failedRecipient}>: Recipient address rejected: User unknown`
      : "451 4.4.7 Temporary failure, please try again later";
  const report = multipart("report", "report-type=delivery-status", [
    {
      contentType: 'text/plain; charset="us-ascii"',
      body:
        options.action === "failed"
          ? `This is the mail system at host ${mta}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${options.failedRecipient}>: host ${mta} said: 550 5.1.1 User unknown\n`
          : `This is the mail system at host ${mta}.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4 hours.\nIt will be retried until it is 5 days old.\n`,
    },
    {
      contentType: "message/delivery-status",
      body: `Reporting-MTA: dns; ${mta}\nArrival-Date: Wed, 2 Dec 2026 09:30:02 -0500\n\nFinal-Recipient: rfc822; ${options.failedRecipient}\nOriginal-Recipient: rfc822;${options.failedRecipient}\nAction: ${options.action}\nStatus: ${options.status}\nDiagnostic-Code: smtp; ${diagnostic}\n`,
    },
    {
      contentType: "text/rfc822-headers",
      body: `From: Cara Diaz via Followups <followups@mail.example.com>\nTo: ${options.failedRecipient}\nSubject: Checking in\nMessage-ID: ${options.originalMessageId}\n`,
    },
  ]);
  return rawEmail({
    from: `Mail Delivery System <MAILER-DAEMON@${mta}>`,
    to: options.to,
    subject:
      options.action === "failed"
        ? "Undelivered Mail Returned to Sender"
        : "Delayed Mail (still being retried)",
    headers: [["Auto-Submitted", "auto-replied"]],
    contentType: report.contentType,
    body: report.body,
  });
}

/** An RFC 5965 abuse report (ARF) about the message `originalMessageId` sent to `complainant`. */
export function abuseReport(options: { to: string; complainant: string; originalMessageId: string }): Buffer {
  const report = multipart("report", "report-type=feedback-report", [
    {
      contentType: 'text/plain; charset="us-ascii"',
      body: "This is an email abuse report for an email message received from IP 54.240.8.1.\n",
    },
    {
      contentType: "message/feedback-report",
      body: `Feedback-Type: abuse\nUser-Agent: SomeMailbox/1.0\nVersion: 1\nOriginal-Mail-From: <followups@mail.example.com>\nOriginal-Rcpt-To: <${options.complainant}>\nArrival-Date: Wed, 2 Dec 2026 09:30:02 -0500\n`,
    },
    {
      contentType: "message/rfc822",
      body: `From: Cara Diaz via Followups <followups@mail.example.com>\nTo: ${options.complainant}\nSubject: Checking in\nMessage-ID: ${options.originalMessageId}\n\nHi, just checking in.\n`,
    },
  ]);
  return rawEmail({
    from: "Abuse Desk <abuse@feedback.acme.test>",
    to: options.to,
    subject: "Abuse report",
    contentType: report.contentType,
    body: report.body,
  });
}
