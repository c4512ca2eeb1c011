import type { ErrorCode } from "../errors/error-codes.js";

export interface ErrorHttp {
  status: number;
  /**
   * Whether the answer says when to try again: a number is the seconds always sent; `"from-error"` means
   * the error knows (`retryAfterSeconds`) and the header is sent when it does.
   */
  retryAfter?: number | "from-error";
}

/** Seconds a client should wait after a 503: a dependency that failed is usually back within seconds. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The one table from error codes to HTTP: read by errorToResponse (the answer) and by the OpenAPI
 * document (what each operation may answer). A code missing here does not compile.
 */
export const ERROR_HTTP: Readonly<Record<ErrorCode, ErrorHttp>> = {
  validation_failed: { status: 400 },
  malformed_json: { status: 400 },
  unauthorized: { status: 401 },
  not_found: { status: 404 },
  chain_not_active: { status: 409 },
  step_not_pending: { status: 409 },
  version_conflict: { status: 409 },
  idempotency_in_progress: { status: 409, retryAfter: "from-error" },
  precondition_failed: { status: 412 },
  interview_too_large: { status: 413 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  idempotency_key_reused: { status: 422 },
  quota_exceeded: { status: 429, retryAfter: "from-error" },
  internal_error: { status: 500 },
  service_unavailable: { status: 503, retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS },
};

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_HTTP[code].status;
}
