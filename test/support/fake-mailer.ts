import type { Mailer, OutgoingEmail, SentEmail } from "../../shared/ports/mailer.js";

/**
 * Records what would have left. `failNext` makes the next sends reject (throttling, a permanent refusal);
 * `onSend` runs inside a send, before it is recorded, to act while the email is "in flight".
 */
export class FakeMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  private readonly failures: unknown[] = [];
  onSend: ((email: OutgoingEmail) => void | Promise<void>) | undefined;

  failNext(...errors: unknown[]): void {
    this.failures.push(...errors);
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    await this.onSend?.(email);
    if (this.failures.length > 0) throw this.failures.shift();
    this.sent.push(structuredClone(email));
    const id = `0100019a-fake-${this.sent.length.toString().padStart(4, "0")}`;
    return { providerMessageId: id, messageIdHeader: `<${id}@email.amazonses.com>` };
  }
}

/** What the SDK throws when SES throttles: transient, to be retried. */
export function throttlingError(): Error {
  return Object.assign(new Error("Rate exceeded"), {
    name: "TooManyRequestsException",
    $metadata: { httpStatusCode: 429 },
  });
}
