import type { ParsedInboundEmail } from "./inbound-email.js";

// Feedback loops that send no ARF report (Outlook.com/Hotmail's JMRP, some carriers): the whole message is the
// reported original attached as message/rfc822, under a subject or from a sender that says what it is.
const FBL_SUBJECT =
  /\b(complaint|abuse report|spam report|junk (mail )?report|feedback loop|reported as (spam|junk)|fbl)\b/i;
const FBL_SENDER =
  /^((abuse|fbl|feedback(loop)?|complaints?|junk|spam|scomp)([-_.+][^@]*)?@|staff@(hotmail|outlook|live|msn)\.)/i;

function withoutArf(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  const onlyOriginal =
    s.contentType === "multipart/mixed" &&
    s.partTypes.length > 0 &&
    s.partTypes.every((t) => t === "message/rfc822");
  if (!onlyOriginal) return undefined;
  const from = email.from?.address ?? "";
  if (FBL_SUBJECT.test(email.subject)) return `feedback loop without ARF: ${email.subject.slice(0, 80)}`;
  // A person forwarding a message as an attachment writes something; a feedback loop writes nothing.
  if (FBL_SENDER.test(from) && email.visibleText.trim().length < 200)
    return `feedback loop without ARF from ${from}`;
  return undefined;
}

/** Why this is a complaint (an abuse or feedback-loop report about a message we sent), or undefined. */
export function complaintReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  if (s.contentType === "multipart/report" && s.reportType === "feedback-report")
    return "multipart/report; report-type=feedback-report (RFC 5965)";
  if (s.partTypes.includes("message/feedback-report")) return "message/feedback-report part (RFC 5965)";
  if (s.feedbackType) return `Feedback-Type: ${s.feedbackType}`;
  if (/\\?"notificationType\\?"\s*:\s*\\?"Complaint/.test(email.text))
    return "Amazon SES complaint notification";
  if (/^feedback-type:\s*\w+/im.test(email.text) && /^(user-agent|version):/im.test(email.text))
    return "feedback report fields in the body (ARF)";
  return withoutArf(email);
}
