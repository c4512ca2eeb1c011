import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { AppError, ValidationError } from "../errors/app-error.js";
import { retryAfterOf } from "../errors/idempotency-errors.js";
import { QuotaExceededError } from "../errors/quota-exceeded-error.js";
import { jsonResponse } from "./json-response.js";

/** Seconds a client should wait after a 503: a dependency that failed is usually back within seconds. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The one place errors become HTTP: our own errors answer with their status and stable code; anything
 * unexpected is a 500 whose body says nothing about the internals (the log has the details). A 503, and
 * any error that knows when to try again, says when in `Retry-After`.
 */
export function errorToResponse(err: unknown): APIGatewayProxyStructuredResultV2 {
  if (err instanceof AppError && err.expose) {
    const error: Record<string, unknown> = { code: err.code, message: err.message };
    if (err instanceof ValidationError) error.issues = err.issues;
    if (err instanceof QuotaExceededError)
      Object.assign(error, { quota: err.quota, limit: err.limit, resetsAt: err.resetsAt ?? null });
    const response = jsonResponse(err.status, { error });
    const retryAfter =
      retryAfterOf(err) ?? (err.status === 503 ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined);
    if (retryAfter !== undefined)
      response.headers = { ...response.headers, "retry-after": String(retryAfter) };
    return response;
  }
  return jsonResponse(500, {
    error: { code: "internal_error", message: "Something went wrong on our side." },
  });
}
