import { errorToResponse } from "../shared/http/error-to-response.js";

export interface ErrorAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * An error as the service answers it, for the local stack's own answers (gateway, clock): the code from
 * the catalogue, its status from the one HTTP table, the same `{ error: { code, message, ... } }` body and
 * headers as errorToResponse gives a Lambda's. Anything that is not one of our errors is a bare 500.
 */
export function errorAnswer(err: unknown): ErrorAnswer {
  const response = errorToResponse(err);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name] = String(value);
  return { status: response.statusCode ?? 500, body: JSON.parse(response.body ?? "null"), headers };
}
