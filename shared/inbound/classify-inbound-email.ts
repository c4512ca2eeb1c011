import { type BouncedRecipient, extractBouncedRecipients } from "./extract-bounced-recipients.js";
import type { InboundEmail, ParsedInboundEmail } from "./inbound-email.js";

export type InboundKind = "reply" | "auto_reply" | "bounce" | "complaint" | "spam" | "rejected";

export interface InboundClassification {
  kind: InboundKind;
  /** Which rule decided, for the operator's record. */
  reason: string;
  /** Failed recipients of a bounce (empty for every other kind). */
  bouncedRecipients: BouncedRecipient[];
  /** For a bounce: false when it only reports a delay (4.x.x, Action: delayed), which is no reason to give up on an address. */
  permanent?: boolean;
}

const DAEMON_SENDER =
  /^(mailer-daemon|postmaster|mail-delivery-subsystem|mailer|maildelivery|mail\.delivery|double-bounce)(@|$)/i;
const NOREPLY_SENDER =
  /^(no-?reply|do-?not-?reply|donotreply|noreply-[^@]*|bounces?|auto-?reply|auto-?responder|autoresponse|notifications?|notify|daemon)(@|$|[+.-])/i;

const BOUNCE_SUBJECT = new RegExp(
  [
    "undeliver",
    "returned mail",
    "returning message",
    "returned to sender",
    "delivery status notification",
    "delivery (failure|failed|has failed|problem|incomplete|report|notification: failed)",
    "mail delivery (failed|failure|subsystem|system|error)",
    "failure notice",
    "non[- ]?delivery",
    "not (be )?delivered",
    "message (not delivered|delayed|undeliverable)",
    "delayed mail",
    "mail failure",
    "mail failed",
    "warning: message .* delayed",
    "could not send message",
    "nicht zustellbar",
    "unzustellbar",
    "non remis",
    "no entregado",
    "errors from localhost",
    "^\\s*(fwd?|tr|wg):\\s*returned mail",
  ].join("|"),
  "i",
);

// Phrases of mail servers' bounce bodies; only trusted with other evidence of machine mail (see below).
const BOUNCE_BODY = new RegExp(
  [
    "this is the mail system at host",
    "could not be delivered to one or more",
    "delivery to the following recipients? (failed|has been delayed)",
    "created automatically by mail delivery software",
    "permanent fatal errors",
    "i'm afraid i wasn't able to deliver",
    "your message (wasn't|was not|couldn't be|could not be) delivered",
    "delivery has failed to these recipients",
    "this is the qmail-send program",
    "unrouteable address",
    "the following addresses had (permanent fatal errors|delivery problems)",
    "message could not be delivered",
    "the original message was received at",
    "transcript of session follows",
    "remote server returned",
    "delivery status notification",
    "undeliverable",
  ].join("|"),
  "i",
);

const AUTO_SUBJECT = new RegExp(
  [
    "auto(matic|matische|matisch)?[ -]?(reply|response|responder|antwort|antwoord)",
    "autoreply",
    "out of (the )?office",
    "\\booo\\b",
    "away from (the |my )?(office|desk)",
    "on (annual |parental |sick )?(vacation|holiday|leave)",
    "\\bvacation\\b",
    "i am (away|out|on vacation)",
    "\\b(away|out|off) until\\b",
    "abwesenheit",
    "abwesend",
    "r[ée]ponse automatique",
    "absence",
    "fuera de la oficina",
    "respuesta autom[áa]tica",
    "risposta automatica",
    "fuori (dall')?ufficio",
    "afwezig",
    "autosvar",
    "fr[åa]nvaro",
    "poza biurem",
    "^\\s*auto:",
  ].join("|"),
  "i",
);

// First-person out-of-office phrases: a person mentioning a holiday in a real reply might trip these, which
// is the safe way to be wrong (an auto_reply does not stop the chain).
const AUTO_BODY = new RegExp(
  [
    "(i am|i'm|i will be|i'll be) (currently )?(out of (the )?office|away from (the |my )?(office|desk|email)|on (annual |parental )?(leave|vacation|holiday)|travell?ing with limited)",
    "(this is an?|an) (automated|automatic|auto-generated) (reply|response|message)",
    "\\bauto-?reply\\b",
    "limited access to (my )?e-?mail",
    "ich bin (zurzeit |derzeit )?(nicht im büro|abwesend|im urlaub)",
    "je suis (actuellement )?absent",
    "estoy fuera de la oficina",
  ].join("|"),
  "i",
);

const AUTO_SUBMITTED_NO = /^no\b/i;
const PRECEDENCE_AUTO = /^(auto_reply|bulk|junk|list)\b/i;
const SUPPRESS_AUTO = /\b(all|oof|autoreply)\b/i;

function addressOf(address: string | undefined): string {
  return address ?? "";
}

function spamReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  if (s.virusVerdict === "FAIL") return "SES virus verdict FAIL";
  if (s.spamVerdict === "FAIL") return "SES spam verdict FAIL";
  if (s.dmarcVerdict === "fail" && s.dmarcPolicy === "reject")
    return "DMARC failed for a domain that publishes p=reject";
  return undefined;
}

function complaintReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  if (s.contentType === "multipart/report" && s.reportType === "feedback-report")
    return "multipart/report; report-type=feedback-report (RFC 5965)";
  if (s.partTypes.includes("message/feedback-report")) return "message/feedback-report part (RFC 5965)";
  if (s.feedbackType) return `Feedback-Type: ${s.feedbackType}`;
  if (/\\?"notificationType\\?"\s*:\s*\\?"Complaint/.test(email.text))
    return "Amazon SES complaint notification";
  if (/^feedback-type:\s*\w+/im.test(email.text) && /^(user-agent|version):/im.test(email.text))
    return "feedback report fields in the body (ARF)";
  return undefined;
}

function bounceReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  const from = addressOf(email.from?.address);
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
  if (BOUNCE_SUBJECT.test(email.subject)) return `bounce subject: ${email.subject.slice(0, 80)}`;
  // Body phrases alone could be a person quoting a bounce; require a sign that a machine sent this.
  const machine =
    s.returnPath === "" ||
    (s.autoSubmitted !== undefined && !AUTO_SUBMITTED_NO.test(s.autoSubmitted)) ||
    email.from === undefined ||
    NOREPLY_SENDER.test(from);
  if (machine && BOUNCE_BODY.test(email.text.slice(0, 16 * 1024)))
    return "bounce wording from an automatic sender";
  return undefined;
}

function autoReplyReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  if (s.autoSubmitted !== undefined && !AUTO_SUBMITTED_NO.test(s.autoSubmitted))
    return `Auto-Submitted: ${s.autoSubmitted}`;
  if (s.xAutoreply !== undefined) return `X-Autoreply: ${s.xAutoreply}`;
  if (s.xAutorespond !== undefined) return `X-Autorespond: ${s.xAutorespond}`;
  if (s.precedence !== undefined && PRECEDENCE_AUTO.test(s.precedence)) return `Precedence: ${s.precedence}`;
  if (s.xAutoResponseSuppress !== undefined && SUPPRESS_AUTO.test(s.xAutoResponseSuppress))
    return `X-Auto-Response-Suppress: ${s.xAutoResponseSuppress}`;
  const vendor = s.vendorAutoReply[0];
  if (vendor !== undefined) return vendor;
  if (s.listId !== undefined) return `mailing list (List-Id: ${s.listId.slice(0, 80)})`;
  if (s.listUnsubscribe !== undefined) return "bulk mail (List-Unsubscribe)";
  if (AUTO_SUBJECT.test(email.subject)) return `automatic-reply subject: ${email.subject.slice(0, 80)}`;
  const from = addressOf(email.from?.address);
  if (NOREPLY_SENDER.test(from)) return `sender is ${from}`;
  if (email.from === undefined) return "no From address";
  if (s.returnPath === "") return "null envelope sender (Return-Path: <>)";
  if (AUTO_BODY.test(email.visibleText.slice(0, 8 * 1024))) return "automatic-reply wording";
  return undefined;
}

function isPermanent(email: ParsedInboundEmail, recipients: BouncedRecipient[]): boolean {
  const withStatus = recipients.filter((r) => r.status !== undefined || r.action !== undefined);
  if (withStatus.length > 0)
    return withStatus.some((r) => r.action === "failed" || (r.status?.startsWith("5") ?? false));
  return !/\b(delay(ed)?|warning|still being retried|will (continue|keep) (trying|retrying))\b/i.test(
    email.subject,
  );
}

/**
 * What kind of message this is, decided from headers first and wording last. The order matters: spam and
 * virus verdicts first (a forged bounce must not mark an address undeliverable), then complaints and bounces
 * (which often carry Auto-Submitted too), then automatic replies. `reply` is what is left, so a message
 * with any sign of being machine-made never stops a chain.
 */
export function classifyInboundEmail(email: InboundEmail): InboundClassification {
  if (email.kind === "rejected") return { kind: "rejected", reason: email.reason, bouncedRecipients: [] };
  const spam = spamReason(email);
  if (spam) return { kind: "spam", reason: spam, bouncedRecipients: [] };
  const complaint = complaintReason(email);
  if (complaint) return { kind: "complaint", reason: complaint, bouncedRecipients: [] };
  if (
    /\\?"notificationType\\?"\s*:\s*\\?"Delivery\b/.test(email.text) &&
    NOREPLY_SENDER.test(email.from?.address ?? "")
  )
    return { kind: "auto_reply", reason: "Amazon SES delivery notification", bouncedRecipients: [] };
  const bounce = bounceReason(email);
  if (bounce) {
    const bouncedRecipients = extractBouncedRecipients(email);
    return {
      kind: "bounce",
      reason: bounce,
      bouncedRecipients,
      permanent: isPermanent(email, bouncedRecipients),
    };
  }
  const auto = autoReplyReason(email);
  if (auto) return { kind: "auto_reply", reason: auto, bouncedRecipients: [] };
  return { kind: "reply", reason: "no sign of automatic mail", bouncedRecipients: [] };
}
