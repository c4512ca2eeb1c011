import { bounceSubjectWords } from "./bounce-subject-words.js";
import { BOUNCE_BODY, BOUNCE_OPENING, BOUNCE_SUBJECT, FORWARDED_BOUNCE_SUBJECT } from "./bounce-wording.js";
import type { ParsedInboundEmail } from "./inbound-email.js";
import { AUTO_SUBMITTED_NO, DAEMON_NAME, DAEMON_SENDER, NOREPLY_SENDER } from "./machine-senders.js";

const FORWARDED_SUBJECT = /^\s*(fwd?|tr|wg|rv|enc|i)\s*:/i;

/** Signs that a machine sent this message, which make bounce wording in its body trustworthy. */
function machineEvidence(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  const from = email.from?.address ?? "";
  if (s.returnPath === "") return "null envelope sender";
  if (s.autoSubmitted !== undefined && !AUTO_SUBMITTED_NO.test(s.autoSubmitted)) return "Auto-Submitted";
  if (email.from === undefined) return "no From address";
  if (NOREPLY_SENDER.test(from)) return `sender ${from}`;
  if (DAEMON_NAME.test(email.from.name)) return `sender name ${email.from.name.slice(0, 40)}`;
  // Carriers' and vendors' notices in plain multipart/mixed: a returned copy of the message, attached, under
  // a subject that is not a person's forward.
  const returnsOriginal = s.partTypes.some(
    (t) => t === "message/rfc822" || t === "text/rfc822-headers" || t === "message/rfc822-headers",
  );
  if (returnsOriginal && !FORWARDED_SUBJECT.test(email.subject)) return "returned copy attached";
  return undefined;
}

/** Why this is a bounce (a delivery failure or delay report), or undefined. */
export function bounceReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  const from = email.from?.address ?? "";
  if (s.reportType === "delivery-status" || s.reportType === "delivery-notification")
    return `multipart/report; report-type=${s.reportType} (RFC 3464)`;
  if (
    s.partTypes.includes("message/delivery-status") ||
    s.partTypes.includes("message/global-delivery-status")
  )
    return "message/delivery-status part (RFC 3464)";
  if (/\\?"notificationType\\?"\s*:\s*\\?"Bounce/.test(email.text)) return "Amazon SES bounce notification";
  if (s.xFailedRecipients.length > 0) return "X-Failed-Recipients header";
  if (DAEMON_SENDER.test(from)) return `sender is ${from}`;
  // A display name that is a daemon's address ("MAILER-DAEMON", "postmaster"). A bare "Mailer" is also what
  // newsletters call their sending account (SourceForge's `Mailer <noreply@...>`): it proves nothing alone, and
  // a real bounce under it still has the bounce wording checked below.
  const name = email.from?.name.replace(/^"|"$/g, "").trim() ?? "";
  if (DAEMON_SENDER.test(name) && !/^mailer$/i.test(name)) return `sender is ${name.slice(0, 40)}`;
  // Only the sender's own words: a reply or an out-of-office quotes our subject, with the role and company we
  // wrote ("Re: Thank you for the Non-Delivery Claims Specialist interview", "RE: ... at Returned Mail Inc.").
  const bounceSubject =
    BOUNCE_SUBJECT.test(bounceSubjectWords(email.subject)) || FORWARDED_BOUNCE_SUBJECT.test(email.subject);
  if (bounceSubject) return `bounce subject: ${email.subject.slice(0, 80)}`;
  // Body phrases alone could be a person quoting a bounce; require a sign that a machine sent this.
  const machine = machineEvidence(email);
  const head = email.text.slice(0, 16 * 1024);
  if (machine && BOUNCE_BODY.test(head)) return `bounce wording (${machine})`;
  // The message's first line (after a server's banner: a host name, a rule) must be the server's own words.
  const firstLine = email.text
    .slice(0, 2048)
    .split(/\r?\n/)
    .find((l) => l.trim() !== "" && !/^\s*(\(.*\)|[-=_*]{3,}.*|[a-z0-9.-]+)\s*$/i.test(l));
  if (
    firstLine !== undefined &&
    BOUNCE_OPENING.test(firstLine.trimStart().slice(0, 200)) &&
    BOUNCE_BODY.test(head)
  )
    return "a message that opens as a mail server's bounce";
  return undefined;
}
