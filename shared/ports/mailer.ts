export interface OutgoingEmail {
  /** Display name shown for our sending address, e.g. "Sam Lee (via Followups)". */
  fromName: string;
  to: { name: string; email: string }[];
  cc: { name: string; email: string }[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string;
  headers: { name: string; value: string }[];
  /**
   * Provider tags that come back on delivery events (bounces, complaints), so an event can be traced to its
   * interview and step, and name what the email is (`kind`: `reply_forward`, `unverified_forward`,
   * `unknown_delivery_notice`; a step's email has `stepId`). Names and values: letters, digits, `_ - . @`.
   */
  tags?: Record<string, string>;
}

/** Thrown by a mailer when the message can never be sent (rejected or suppressed address, bad content). */
export class PermanentSendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentSendError";
  }
}

/**
 * Thrown by a mailer when it knows nothing was handed to the provider: the provider answered with an error
 * (throttling, a 5xx) or the connection was never made. The email can be tried again without a duplicate.
 * Any other error from `send` means the outcome is unknown: the email may have left.
 */
export class TransientSendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TransientSendError";
  }
}

/**
 * A `TransientSendError` whose cause is our own sending setup, not the email: the provider refused every
 * email for now (a MAIL FROM domain not verified, a configuration set or identity missing). Retried like a
 * throttle, so the step goes once an operator fixes the setup, but loud: until then nothing goes out.
 */
export class SendingConfigurationError extends TransientSendError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SendingConfigurationError";
  }
}

export interface SentEmail {
  providerMessageId: string;
  /** With angle brackets, e.g. `<0100018c...@email.amazonses.com>`. */
  messageIdHeader: string;
}

export interface Mailer {
  /**
   * Sends one email; resolves with the provider's id and the Message-ID header the recipient sees (SES
   * replaces ours), which replies quote in In-Reply-To. Transient failures reject with other errors.
   * `cutAfterMs` (a whole number of ms, above 0): a call not answered by then is cut, so no part of it can
   * arrive later; it rejects as an unknown outcome (the request may have reached the provider whole).
   */
  send(email: OutgoingEmail, cutAfterMs?: number): Promise<SentEmail>;
}
