import { ApiError } from "./api-error";
import type { FieldIssue } from "./api-types";

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: unknown };
  /** API Gateway's own answers (a crash, a timeout, its rate limit, a refused token) look like this. */
  message?: unknown;
}

const isIssue = (i: unknown): i is FieldIssue =>
  typeof i === "object" &&
  i !== null &&
  typeof (i as FieldIssue).field === "string" &&
  typeof (i as FieldIssue).problem === "string";

/**
 * An error answer as an ApiError: the API's own (`{"error": {code, message, issues?}}`), API Gateway's
 * (`{"message": "Internal Server Error"}`), or anything else, which says the status that came. The status
 * text is no help: HTTP/2 has none, so it would show as an empty message.
 */
export function readApiError(status: number, statusText: string, body: unknown): ApiError {
  const b = (typeof body === "object" && body !== null ? body : {}) as ErrorBody;
  const code = typeof b.error?.code === "string" ? b.error.code : `http_${status}`;
  const message =
    typeof b.error?.message === "string"
      ? b.error.message
      : typeof b.message === "string"
        ? b.message
        : statusText.trim()
          ? `The API answered HTTP ${status} ${statusText.trim()}.`
          : `The API answered HTTP ${status}.`;
  const issues = Array.isArray(b.error?.issues) ? b.error.issues.filter(isIssue) : [];
  return new ApiError(status, code, message, issues);
}
