import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { sesMessageIdHeader } from "../domain/ses-message-id-header.js";
import {
  type Mailer,
  type OutgoingEmail,
  PermanentSendError,
  SendingConfigurationError,
  type SentEmail,
  TransientSendError,
} from "../ports/mailer.js";
import { isDependencyOutage } from "./to-dependency-error.js";

/**
 * SES rejections that no retry will fix. Not SendingPausedException: a pause (SES reviewing the account,
 * or an operator pausing the configuration set) is lifted, and failing every step due meanwhile for good
 * would lose them; refused, nothing was handed over, so the step is tried again like a throttled one.
 */
const PERMANENT = new Set(["MessageRejected", "BadRequestException", "AccountSuspendedException"]);

/**
 * SES refusals caused by our own setup, whatever the email: an unverified MAIL FROM domain, a configuration
 * set or identity that does not exist (a bad deploy). Failed for good, every step due until the fix would be
 * lost; retried instead, they go once it is fixed (or are skipped as too late, like any step left waiting).
 */
const OUR_CONFIGURATION = new Set(["MailFromDomainNotVerifiedException", "NotFoundException"]);

/** Network failures that happen before a request can reach SES: nothing was handed over. */
const NEVER_CONNECTED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/** True when SES cannot have received the request: it answered with an error, or was never reached. */
function nothingHandedOver(err: unknown): boolean {
  const e = err as { code?: string; cause?: unknown; $metadata?: { httpStatusCode?: number } } | undefined;
  const status = e?.$metadata?.httpStatusCode;
  if (typeof status === "number" && status >= 400) return true;
  if (e?.code && NEVER_CONNECTED.has(e.code)) return true;
  // Credentials or endpoint resolution failing happens before any request is made.
  if ((err as Error | undefined)?.name === "CredentialsProviderError") return true;
  return e?.cause !== undefined && e.cause !== err && nothingHandedOver(e.cause);
}

/** RFC 2047 B-encoded words of at most 75 characters each, never splitting a character. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (Buffer.byteLength(chunk + char, "utf8") > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join(" ");
}

/**
 * Whether text must go as encoded words to be read as written: non-ASCII, or ASCII holding "=?", which
 * mail readers decode as an encoded word even inside quotes or in an ASCII subject ("=?UTF-8?B?QWRtaW4=?="
 * reached the recipient as "Admin"). SES encodes what is not ASCII and leaves ASCII as it is.
 */
const needsEncodedWords = (text: string) => /[^\x20-\x7e]/.test(text) || text.includes("=?");

/** RFC 5322 mailbox: the display name quoted, or as encoded words (SES wants those for non-ASCII). */
function mailbox(name: string, email: string): string {
  const clean = name.replace(/[\r\n]/g, " ");
  if (needsEncodedWords(clean)) return `${encodedWords(clean)} <${email}>`;
  return `"${clean.replace(/[\\"]/g, "\\$&")}" <${email}>`;
}

/** SES accepts tag names and values of letters, digits, `_ - . @` only, up to 256 characters. */
function emailTags(tags: Record<string, string> | undefined) {
  return Object.entries(tags ?? {}).map(([name, value]) => ({
    Name: name.replace(/[^A-Za-z0-9_.@-]/g, "_").slice(0, 256),
    Value: value.replace(/[^A-Za-z0-9_.@-]/g, "_").slice(0, 256) || "_",
  }));
}

/** Sends through SES v2 from our verified identity (never the candidate's own address: DMARC). */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    private readonly config: {
      fromAddress: string;
      configurationSet?: string | undefined;
      /** SES writes Message-ID as `<id@this domain>`: `email.amazonses.com` in us-east-1, `<region>.amazonses.com` elsewhere. */
      messageIdDomain: string;
    },
  ) {}

  async send(email: OutgoingEmail, cutAfterMs?: number): Promise<SentEmail> {
    try {
      const out = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: mailbox(email.fromName, this.config.fromAddress),
          Destination: {
            ToAddresses: email.to.map((a) => mailbox(a.name, a.email)),
            CcAddresses: email.cc.map((a) => mailbox(a.name, a.email)),
          },
          ReplyToAddresses: email.replyTo,
          ...(this.config.configurationSet ? { ConfigurationSetName: this.config.configurationSet } : {}),
          // Bounce and complaint events carry these back, naming the interview and step they concern.
          ...(email.tags && Object.keys(email.tags).length ? { EmailTags: emailTags(email.tags) } : {}),
          Content: {
            Simple: {
              Subject: {
                Data: email.subject.includes("=?") ? encodedWords(email.subject) : email.subject,
                Charset: "UTF-8",
              },
              Body: {
                Text: { Data: email.text, Charset: "UTF-8" },
                Html: { Data: email.html, Charset: "UTF-8" },
              },
              ...(email.headers.length
                ? { Headers: email.headers.map((h) => ({ Name: h.name, Value: h.value })) }
                : {}),
            },
          },
        }),
        // The SDK destroys the request on abort: a body not yet wholly written never reaches SES.
        cutAfterMs ? { abortSignal: AbortSignal.timeout(cutAfterMs) } : undefined,
      );
      if (!out.MessageId) throw new Error("SES answered without a MessageId");
      return {
        providerMessageId: out.MessageId,
        messageIdHeader: sesMessageIdHeader(out.MessageId, this.config.messageIdDomain),
      };
    } catch (err) {
      if (err instanceof Error && PERMANENT.has(err.name) && !isDependencyOutage(err)) {
        throw new PermanentSendError(`${err.name}: ${err.message}`, { cause: err });
      }
      if (err instanceof Error && OUR_CONFIGURATION.has(err.name) && !isDependencyOutage(err)) {
        throw new SendingConfigurationError(`${err.name}: ${err.message}`, { cause: err });
      }
      if (nothingHandedOver(err)) {
        throw new TransientSendError(`SES did not take the email: ${(err as Error).message}`, { cause: err });
      }
      // A timeout or a reset connection: SES may have taken it. The caller must not send it again blindly.
      throw err;
    }
  }
}
