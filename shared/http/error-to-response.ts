import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { AppError, ValidationError } from "../errors/app-error.js";
import { jsonResponse } from "./json-response.js";

/**
 * The one place errors become HTTP: our own errors answer with their status and stable code; anything
 * unexpected is a 500 whose body says nothing about the internals (the log has the details).
 */
export function errorToResponse(err: unknown): APIGatewayProxyStructuredResultV2 {
  if (err instanceof AppError && err.expose) {
    const error: Record<string, unknown> = { code: err.code, message: err.message };
    if (err instanceof ValidationError) error.issues = err.issues;
    const response = jsonResponse(err.status, { error });
    if (err.status === 503) response.headers = { ...response.headers, "retry-after": "5" };
    return response;
  }
  return jsonResponse(500, {
    error: { code: "internal_error", message: "Something went wrong on our side." },
  });
}
