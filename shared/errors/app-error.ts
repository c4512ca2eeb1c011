import type { ErrorCode } from "./error-codes.js";

/**
 * Every error we raise on purpose has a stable `code` from the catalogue (error-codes.ts) that clients can
 * switch on, and no transport: how a code travels over HTTP is shared/http/error-http-table.ts's business.
 * `expose` says whether the message is safe to show a caller (an `internal_error`'s never is).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly expose: boolean;
  readonly details?: unknown;
  /**
   * Fields the error's answer carries beside its code and message (a validation error's `issues`, a quota's
   * limit), so that the one place that answers errors need not know each kind of error.
   */
  readonly answerFields?: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: unknown; answerFields?: Readonly<Record<string, unknown>> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.expose = code !== "internal_error";
    this.details = options?.details;
    this.answerFields = options?.answerFields;
  }
}

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `interviewers.0.email`; empty for the body itself. */
  field: string;
  problem: string;
}

export class ValidationError extends AppError {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[], message = "The request is not valid.") {
    super("validation_failed", message, { details: issues, answerFields: { issues } });
    this.issues = issues;
  }
}

export class MalformedJsonError extends AppError {
  constructor(problem: string) {
    super("malformed_json", `The body is not valid JSON: ${problem}`);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload_too_large", `The body is larger than ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  /** `accepted`: the media types the route reads, in the order the message names them. */
  constructor(accepted: readonly string[] = ["application/json"]) {
    super("unsupported_media_type", `Send the body as ${accepted.join(" or ")}.`);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "A valid bearer token is required.") {
    super("unauthorized", message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not_found", `${what} was not found.`);
  }
}

/** The request conflicts with the item's current state; the code says which way. */
export class ConflictError extends AppError {}

/** A dependency (the table, the scheduler, SES) did not answer: nothing was changed, try again. */
export class DependencyUnavailableError extends AppError {
  constructor(dependency: string, cause?: unknown) {
    super("service_unavailable", `${dependency} is unavailable right now; nothing was changed. Try again.`, {
      cause,
    });
  }
}
