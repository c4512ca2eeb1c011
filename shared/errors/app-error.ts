/**
 * Every error we raise on purpose has a stable `code` that clients can switch on and a `status` the HTTP
 * layer maps it to. `expose` says whether the message is safe to show a caller.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly expose: boolean;
  readonly details?: unknown;

  constructor(
    code: string,
    status: number,
    message: string,
    options?: { cause?: unknown; details?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.expose = status < 500 || status === 503;
    this.details = options?.details;
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
    super("validation_failed", 400, message, { details: issues });
    this.issues = issues;
  }
}

export class MalformedJsonError extends AppError {
  constructor(problem: string) {
    super("malformed_json", 400, `The body is not valid JSON: ${problem}`);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload_too_large", 413, `The body is larger than ${limitBytes} bytes.`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super("unsupported_media_type", 415, "Send the body as application/json.");
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "A valid bearer token is required.") {
    super("unauthorized", 401, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super("not_found", 404, `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super(code, 409, message);
  }
}

/** A dependency (the table, the scheduler, SES) did not answer: nothing was changed, try again. */
export class DependencyUnavailableError extends AppError {
  constructor(dependency: string, cause?: unknown) {
    super(
      "service_unavailable",
      503,
      `${dependency} is unavailable right now; nothing was changed. Try again.`,
      {
        cause,
      },
    );
  }
}
