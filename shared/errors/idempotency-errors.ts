import { AppError } from "./app-error.js";

/** An error whose answer tells the client when to try again (`Retry-After`, in seconds). */
export interface RetryAfter {
  retryAfterSeconds: number;
}

export function retryAfterOf(err: unknown): number | undefined {
  const seconds = (err as Partial<RetryAfter> | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : undefined;
}

/** The same Idempotency-Key came with another request: the first one's answer would not fit it. */
export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(
      "idempotency_key_reused",
      422,
      "This Idempotency-Key was already used with a different request; use a new key for a new request.",
    );
  }
}

/** A request with this Idempotency-Key is still running: its answer is not known yet. */
export class IdempotencyInProgressError extends AppError implements RetryAfter {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      "idempotency_in_progress",
      409,
      "A request with this Idempotency-Key is still being processed; retry it later for its answer.",
    );
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
