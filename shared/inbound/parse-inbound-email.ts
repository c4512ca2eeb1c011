import PostalMime, { decodeWords, type Email } from "postal-mime";
import { readContentType } from "./content-type-header.js";
import { extractVisibleText } from "./extract-visible-text.js";
import { findReplyTokens } from "./find-reply-tokens.js";
import { addressList, messageIdFormat, rawHeaderValues } from "./header-field-values.js";
import { htmlToPlainText } from "./html-to-plain-text.js";
import type { InboundEmail, InboundSignals, ParsedInboundEmail, ReceiptVerdicts } from "./inbound-email.js";
import { LIST_MANAGER_HEADERS } from "./list-manager-headers.js";
import { DAEMON_NAME, DAEMON_SENDER } from "./machine-senders.js";
import { repairMultipartBoundary } from "./multipart-boundary-repair.js";
import { originalMessageIds } from "./original-message-ids.js";
import { originalRecipients } from "./original-recipients.js";
import { rawDeliveryReport } from "./raw-delivery-report.js";
import { boundaryLines, checkHead, headerEnd } from "./raw-message-head.js";
import { readDmarc } from "./read-dmarc.js";
import { repairWindows1252 } from "./repair-windows-1252.js";

export interface ParseInboundEmailOptions {
  /** Only addresses at this domain can carry a reply token. */
  replyDomain?: string;
  /** Larger input is rejected unread. Default 10 MiB (SES receipt rules cap mail at 40 MB; replies are small). */
  maxBytes?: number;
  /** Verdicts from the SES receipt event, which override the X-SES-* headers. */
  verdicts?: ReceiptVerdicts;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
// Headers bigger than this are not mail a person sent.
const MAX_HEAD_BYTES = 256 * 1024;
// MIME parts are costly to read (each one is buffered and decoded on its own): a message of thousands of empty
// parts is an attack, not mail. Every line starting "--" might be a boundary, so counting them bounds the parts.
const MAX_BOUNDARY_LINES = 2000;

function rejected(reason: string, sizeBytes: number): InboundEmail {
  return { kind: "rejected", reason, sizeBytes };
}

/** The first occurrence of a header field, unfolded and trimmed. */
function firstValue(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value.trim();
}

/** Every occurrence of a header field, unfolded and trimmed, in order. */
function headerValues(email: Email, key: string): string[] {
  return email.headers.filter((h) => h.key === key).map((h) => h.value.trim());
}

/** True when the parser found no text, no HTML and no part at all. */
function readNothing(mail: Email): boolean {
  return (mail.text ?? "").trim() === "" && !mail.html && mail.attachments.length === 0;
}

/** A delivery report, or mail from a delivery system's address or name or the null envelope sender. */
function fromDeliverySystem(mail: Email, type: string): boolean {
  if (type === "multipart/report") return true;
  const from = addressList(headerValues(mail, "from").slice(0, 1))[0];
  const returnPath = rawHeaderValues(mail.headerLines, "return-path")[0]?.trim();
  return (
    returnPath === "<>" ||
    (from !== undefined &&
      (DAEMON_SENDER.test(from.address) || DAEMON_SENDER.test(from.name) || DAEMON_NAME.test(from.name)))
  );
}

/** "Name: value" fields of an RFC 3464 / 5965 report part, lower-case names, first occurrence wins. */
function reportField(report: string, name: string): string | undefined {
  return new RegExp(`^${name}:[ \\t]*(.+)$`, "im").exec(report)?.[1]?.trim();
}

/**
 * Parses a raw inbound message (as SES stores it, or as the SMTP listener receives it). Anything that is not
 * a readable message (empty, truncated, too large, binary junk) comes back as `{ kind: "rejected", reason }`:
 * this never throws, so the caller can record every input.
 */
export async function parseInboundEmail(
  raw: Buffer,
  options: ParseInboundEmailOptions = {},
): Promise<InboundEmail> {
  const size = raw.length;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return rejected(`too large: ${size} bytes (limit ${maxBytes})`, size);
  let start = 0;
  while (start < size && [0x20, 0x09, 0x0d, 0x0a].includes(raw[start] ?? 0)) start++;
  if (start === size) return rejected("empty message", size);
  // An mbox "From " separator line is not a header; some archives and local deliveries keep it.
  if (raw.subarray(start, start + 5).toString("latin1") === "From ") {
    const eol = raw.indexOf(0x0a, start);
    start = eol < 0 ? size : eol + 1;
  }
  const end = headerEnd(raw, start);
  if (end < 0) {
    const partial = raw.subarray(start, Math.min(size, start + MAX_HEAD_BYTES)).toString("latin1");
    return rejected(checkHead(partial) ?? "truncated: the header block never ends (no blank line)", size);
  }
  if (end - start > MAX_HEAD_BYTES) return rejected(`header block too large: ${end - start} bytes`, size);
  const head = raw.subarray(start, end).toString("latin1");
  const notMime = checkHead(head);
  if (notMime) return rejected(notMime, size);
  if (boundaryLines(raw, end, MAX_BOUNDARY_LINES) > MAX_BOUNDARY_LINES)
    return rejected(`too many MIME parts: over ${MAX_BOUNDARY_LINES} lines that could be boundaries`, size);

  let mail: Email;
  try {
    // The whole message from its first header (mbox separator and leading blank lines skipped). A
    // message/rfc822 part marked `Content-Disposition: inline` (a message forwarded inline) is read into the
    // text, after a block of its From, Subject, Date and To; any other one, and every one in a delivery or
    // feedback report, stays an attachment, which the raw body is searched for below.
    mail = await PostalMime.parse(raw.subarray(start), {
      attachmentEncoding: "arraybuffer",
      rfc822Attachments: true,
    });
  } catch (err) {
    return rejected(`unreadable MIME: ${err instanceof Error ? err.message : String(err)}`, size);
  }

  const ct = readContentType(firstValue(mail, "content-type"));
  // A bounce whose declared boundary is not the one its parts use reads as nothing at all: its notice
  // (often base64 or quoted-printable) and its report are lost. Read it again with the boundary the body
  // uses, so the parts are decoded as they were written. Only mail from a delivery system (a report, a
  // daemon's address or name, the null sender): a person's broken message is left as the parser read it.
  if (ct.type.startsWith("multipart/") && readNothing(mail) && fromDeliverySystem(mail, ct.type)) {
    const repairedHead = repairMultipartBoundary(
      head,
      raw.toString("latin1", end, Math.min(size, end + 1024 * 1024)),
    );
    if (repairedHead !== undefined) {
      try {
        mail = await PostalMime.parse(
          Buffer.concat([Buffer.from(repairedHead, "latin1"), raw.subarray(end)]),
          {
            attachmentEncoding: "arraybuffer",
            rfc822Attachments: true,
          },
        );
      } catch {
        // The first reading stands.
      }
    }
  }
  const lines = mail.headerLines;

  // Report parts (delivery-status, feedback-report, rfc822-headers) are read as text; every other
  // attachment only contributes its type.
  const reports: string[] = [];
  const partTypes: string[] = [];
  let headerish = "";
  for (const a of mail.attachments) {
    const type = a.mimeType.toLowerCase();
    partTypes.push(type);
    const isReport =
      type === "message/delivery-status" ||
      type === "message/feedback-report" ||
      type === "message/global-delivery-status";
    const isHeaders = type === "text/rfc822-headers" || type === "message/rfc822-headers";
    if (!isReport && !isHeaders) continue;
    const content =
      typeof a.content === "string" ? Buffer.from(a.content) : Buffer.from(a.content as ArrayBuffer);
    const value = content.toString("utf8", 0, Math.min(content.length, 256 * 1024));
    if (isReport) reports.push(value);
    else headerish += `\n${value}`;
  }

  let text = repairWindows1252(mail.text ?? "");
  if (text.trim() === "" && typeof mail.html === "string")
    text = htmlToPlainText(repairWindows1252(mail.html));

  const feedbackType =
    firstValue(mail, "feedback-type") ??
    reports.map((r) => reportField(r, "Feedback-Type")).find((v) => v !== undefined);
  const dmarc = readDmarc(rawHeaderValues(lines, "authentication-results"));
  const verdicts = options.verdicts ?? {};
  const returnPathRaw = rawHeaderValues(lines, "return-path")[0];
  const vendorAutoReply = lines
    .filter((l) =>
      [
        "x-autogenerated",
        "x-apple-action",
        "x-ms-exchange-inbox-rules-loop",
        "x-autoresponder",
        "x-vacationmessage",
        "x-mailer",
      ].includes(l.key),
    )
    .map((l) => l.line.replace(/\r?\n[ \t]+/g, " ").trim())
    // An X-Mailer counts only when it names an autoresponder or mailing-list software (Lyris ListManager,
    // LISTSERV, Majordomo, ezmlm, Sympa): no person writes with those, and old list mail carries nothing else.
    .filter(
      (l) =>
        !/^x-mailer:/i.test(l) ||
        /vacation|autorespond|auto-?reply|list ?manager|lyris|listserv|majordomo|ezmlm|sympa/i.test(l),
    );

  const signals: InboundSignals = {
    contentType: ct.type,
    reportType: ct.params["report-type"]?.toLowerCase(),
    partTypes,
    autoSubmitted: firstValue(mail, "auto-submitted"),
    precedence: firstValue(mail, "precedence"),
    xAutoreply: firstValue(mail, "x-autoreply"),
    xAutorespond: firstValue(mail, "x-autorespond"),
    xAutoResponseSuppress: firstValue(mail, "x-auto-response-suppress"),
    vendorAutoReply,
    listId: rawHeaderValues(lines, "list-id")[0],
    listUnsubscribe: rawHeaderValues(lines, "list-unsubscribe")[0],
    listManager: lines
      .filter((l) => LIST_MANAGER_HEADERS.includes(l.key))
      .map((l) => l.line.replace(/\r?\n[ \t]+/g, " ").trim()),
    unsubscribeRequest: firstValue(mail, "x-apple-unsubscribe"),
    feedbackType: feedbackType?.toLowerCase(),
    xFailedRecipients: rawHeaderValues(lines, "x-failed-recipients")
      .flatMap((v) => v.split(/[,\s]+/))
      .map((v) => v.replace(/^<|>$/g, "").toLowerCase())
      .filter((v) => v.includes("@")),
    returnPath:
      returnPathRaw === undefined ? undefined : returnPathRaw.replace(/^<|>$/g, "").trim().toLowerCase(),
    spamVerdict: (verdicts.spam ?? firstValue(mail, "x-ses-spam-verdict"))?.toUpperCase(),
    virusVerdict: (verdicts.virus ?? firstValue(mail, "x-ses-virus-verdict"))?.toUpperCase(),
    dmarcVerdict: (verdicts.dmarc ?? firstValue(mail, "x-ses-dmarc-verdict") ?? dmarc.verdict)?.toLowerCase(),
    dmarcPolicy: (
      verdicts.dmarcPolicy ??
      firstValue(mail, "x-ses-dmarc-policy") ??
      dmarc.policy
    )?.toLowerCase(),
  };

  const bodyStart = end - start;
  const rawBody = raw
    .subarray(start)
    .toString("latin1", bodyStart, Math.min(size - start, bodyStart + 1024 * 1024));
  // A delivery report whose boundary is missing or wrong reads as no part and no text: read what it says from
  // the raw body, above the returned original. Only a delivery report, which is a bounce whatever it says (a
  // person's message read raw would bring its HTML and hidden parts into the text).
  const isDeliveryReport =
    ct.type === "multipart/report" &&
    (signals.reportType === "delivery-status" || signals.reportType === "delivery-notification");
  if (isDeliveryReport && mail.attachments.length === 0 && text.trim() === "") {
    text = rawDeliveryReport(rawBody);
    reports.push(text);
  }
  // A message/rfc822 part read into the text is no attachment: record that the part was there.
  if (!partTypes.includes("message/rfc822") && /^Content-Type:[ \t]*message\/rfc822\b/im.test(rawBody))
    signals.partTypes.push("message/rfc822");
  const from = addressList(headerValues(mail, "from").slice(0, 1))[0];
  const messageId = messageIdFormat(firstValue(mail, "message-id"));
  const dateMs = Date.parse(rawHeaderValues(lines, "date")[0] ?? "");
  const date = Number.isNaN(dateMs) ? undefined : new Date(dateMs).toISOString();

  const parsed: ParsedInboundEmail = {
    kind: "parsed",
    from,
    to: addressList(headerValues(mail, "to")).map((a) => a.address),
    cc: addressList(headerValues(mail, "cc")).map((a) => a.address),
    subject: repairWindows1252(decodeWords(firstValue(mail, "subject") ?? "")).trim(),
    messageId,
    inReplyTo: messageIdFormat(firstValue(mail, "in-reply-to")),
    references: headerValues(mail, "references")
      .flatMap((r) => decodeWords(r).split(/\s+/))
      .filter((r) => r !== "")
      .map((r) => messageIdFormat(r) ?? r),
    date,
    text,
    visibleText: extractVisibleText(text),
    tokens: findReplyTokens(lines, options.replyDomain),
    reports,
    attachedOriginal: {
      messageIds: originalMessageIds(`${headerish}\n${rawBody}`, messageId),
      recipients: originalRecipients(`${headerish}\n${rawBody}`),
    },
    signals,
    sizeBytes: size,
  };
  return parsed;
}
