import { AppError, ConflictError } from "./app-error.js";
import type { RetryAfter } from "./retry-after.js";

/** The same Idempotency-Key came with another request: the first one's answer would not fit it. */
export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super(
      "idempotency_key_reused",
      "This Idempotency-Key was already used with a different request; use a new key for a new request.",
    );
  }
}

/** A request with this Idempotency-Key is still running: its answer is not known yet. */
export class IdempotencyInProgressError extends ConflictError implements RetryAfter {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      "idempotency_in_progress",
      "A request with this Idempotency-Key is still being processed; retry it later for its answer.",
    );
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
