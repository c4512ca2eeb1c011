import { ApiError } from "./api-error";

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: unknown };
}

/** An error answer of the API (`{"error": {code, message, issues?}}`) as an ApiError. */
export function readApiError(status: number, statusText: string, body: unknown): ApiError {
  const b = (body ?? {}) as ErrorBody;
  const code = typeof b.error?.code === "string" ? b.error.code : `http_${status}`;
  const message = typeof b.error?.message === "string" ? b.error.message : statusText;
  const issues = Array.isArray(b.error?.issues) ? b.error.issues : [];
  return new ApiError(status, code, message, issues);
}
