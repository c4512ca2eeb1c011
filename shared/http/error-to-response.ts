import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { AppError } from "../errors/app-error.js";
import type { ErrorCode } from "../errors/error-codes.js";
import { retryAfterOf } from "../errors/retry-after.js";
import { ERROR_HTTP } from "./error-http-table.js";
import { jsonResponse } from "./json-response.js";

/**
 * The one place errors become HTTP: our own errors answer with their code's status (error-http-table.ts)
 * and the code; anything unexpected is a 500 whose body says nothing about the internals (the log has the
 * details). A code whose table entry says so tells when to try again in `Retry-After`.
 */
export function errorToResponse(err: unknown): APIGatewayProxyStructuredResultV2 {
  if (err instanceof AppError && err.expose) {
    const http = ERROR_HTTP[err.code];
    const error: Record<string, unknown> = { code: err.code, message: err.message };
    if (err.answerFields) Object.assign(error, err.answerFields);
    const response = jsonResponse(http.status, { error });
    const retryAfter = http.retryAfter === "from-error" ? retryAfterOf(err) : http.retryAfter;
    if (retryAfter !== undefined)
      response.headers = { ...response.headers, "retry-after": String(retryAfter) };
    return response;
  }
  const code: ErrorCode = "internal_error";
  return jsonResponse(ERROR_HTTP[code].status, {
    error: { code, message: "Something went wrong on our side." },
  });
}
