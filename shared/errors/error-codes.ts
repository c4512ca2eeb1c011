/**
 * Every error code the service answers with, and what it means for a client: the one catalogue. Errors
 * name one of these codes and carry no transport; shared/http/error-http-table.ts says how each travels
 * over HTTP, the OpenAPI document lists them per operation, and the README's table is checked against
 * this one (test/unit/shared/errors/error-codes.test.ts).
 */
export const ERROR_CODES = {
  validation_failed:
    "The request is not valid: `issues` names each field (or header) and its problem. Nothing was changed.",
  malformed_json: "The body is not valid JSON.",
  payload_too_large: "The body is larger than the route accepts.",
  unsupported_media_type: "The body's Content-Type is not one the route reads.",
  unauthorized: "A valid bearer token is required, whose subject can own interviews.",
  not_found: "No such interview for this caller, or a link that is not valid (or leads to nothing).",
  chain_not_active: "The chain is no longer active (stopped, replied, completed or superseded).",
  step_not_pending: "Only pending steps can get new wording: a step named was already sent or cancelled.",
  version_conflict: "The interview was changed by someone else meanwhile; try again.",
  precondition_failed:
    "If-Match named an ETag the interview no longer has: it changed meanwhile. `etag` is its current one; nothing was changed.",
  idempotency_in_progress:
    "A request with this Idempotency-Key is still running; retry after Retry-After for its answer.",
  idempotency_key_reused: "This Idempotency-Key was already used with a different request.",
  interview_too_large: "The interview would be too large to store: shorten its notes, templates or contacts.",
  quota_exceeded:
    "Over a quota (named in `quota`, with its `limit` and `resetsAt`); nothing was changed. Retry-After gives the seconds until it resets (none for a per-interview quota, which does not reset).",
  service_unavailable:
    "A dependency is unavailable or did not answer in time; nothing was changed. Retry after Retry-After.",
  internal_error: "Something went wrong on our side; the answer says nothing more.",
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];
