import type { ErrorCode } from "../errors/error-codes.js";

/** An operation as documented, with the codes it may answer besides commonErrors(route). */
export interface OpenApiOperation {
  summary: string;
  /**
   * The path as a client writes it, where it says more than the route's: API Gateway's parameters are
   * whole segments, so the calendar feed's route is `/calendar/{token}` and the handler reads `<token>.ics`.
   */
  path?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  errors?: readonly ErrorCode[];
}
