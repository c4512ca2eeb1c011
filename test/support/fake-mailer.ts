import {
  type Mailer,
  type OutgoingEmail,
  SendingConfigurationError,
  type SentEmail,
  TransientSendError,
} from "../../shared/ports/mailer.js";

/**
 * Records what would have left. `failNext` makes the next sends reject (throttling, a permanent refusal);
 * `onSend` runs inside a send, before it is recorded, to act while the email is "in flight".
 */
export class FakeMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  private readonly failures: unknown[] = [];
  onSend: ((email: OutgoingEmail) => void | Promise<void>) | undefined;
  /** The `cutAfterMs` each send was given, in order (undefined: no deadline). */
  readonly cutAfter: (number | undefined)[] = [];

  failNext(...errors: unknown[]): void {
    this.failures.push(...errors);
  }

  async send(email: OutgoingEmail, cutAfterMs?: number): Promise<SentEmail> {
    this.cutAfter.push(cutAfterMs);
    await this.onSend?.(email);
    if (this.failures.length > 0) throw this.failures.shift();
    this.sent.push(structuredClone(email));
    const id = `0100019a-fake-${this.sent.length.toString().padStart(4, "0")}`;
    return { providerMessageId: id, messageIdHeader: `<${id}@email.amazonses.com>` };
  }
}

/** What SesMailer throws when SES throttles (ses-mailer.test.ts): nothing left, to be retried. */
export function throttlingError(): Error {
  const cause = Object.assign(new Error("Rate exceeded"), {
    name: "TooManyRequestsException",
    $metadata: { httpStatusCode: 429 },
  });
  return new TransientSendError(`SES did not take the email: ${cause.message}`, { cause });
}

/** What SesMailer throws when SES refuses for our own configuration (ses-mailer.test.ts): nothing left. */
export function sendingConfigurationError(): Error {
  const cause = Object.assign(new Error("MAIL FROM domain is not verified."), {
    name: "MailFromDomainNotVerifiedException",
    $metadata: { httpStatusCode: 400 },
  });
  return new SendingConfigurationError(`${cause.name}: ${cause.message}`, { cause });
}
