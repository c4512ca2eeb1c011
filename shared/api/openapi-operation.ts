import type { ErrorCode } from "../errors/error-codes.js";

/** An operation as documented, with the codes it may answer besides commonErrors(route). */
export interface OpenApiOperation {
  summary: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  errors?: readonly ErrorCode[];
}
