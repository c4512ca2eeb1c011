import * as z from "zod/mini";
import { ERROR_CODES, type ErrorCode } from "../errors/error-codes.js";
import { ERROR_HTTP } from "../http/error-http-table.js";
import type { ApiRoute } from "./api-routes.js";
import { errorViewSchema, preconditionErrorViewSchema } from "./interview-view-schema.js";
import { toSchema } from "./openapi-content.js";
import { quotaErrorViewSchema } from "./usage-view-schema.js";

/**
 * Retry-After, required when every code of the answer always sends it (a 503); a code whose error knows
 * when (`from-error`) may not: a per-interview quota never resets, so its 429 has none.
 */
const retryAfter = (codes: readonly ErrorCode[]) => ({
  "Retry-After": {
    description: "Seconds to wait before trying again",
    ...(codes.every((code) => typeof ERROR_HTTP[code].retryAfter === "number") ? { required: true } : {}),
    schema: { type: "integer", minimum: 1 },
  },
});

/**
 * In AWS, API Gateway's JWT authorizer refuses a missing, expired or foreign token itself, before any
 * handler runs, with its own body: no `error`, no code (an HTTP API's answers cannot be reshaped). The 401
 * is ours only for a token it let through (a subject too long to own interviews) and on the local stack.
 */
const AUTHORIZER_ANSWER = {
  note: ' In AWS, API Gateway\'s JWT authorizer answers a missing, expired or foreign token itself: `{"message": "Unauthorized"}`, with no code.',
  schema: z.object({ message: z.literal("Unauthorized") }),
};

/**
 * In AWS, API Gateway answers for a function that crashed, timed out or could not be invoked (throttled)
 * with a body of its own (an HTTP API's answers cannot be reshaped); the handlers never let an error out,
 * so this is the runtime failing, not our code refusing.
 */
const GATEWAY_FAILURE = {
  note: ' In AWS, API Gateway answers itself when the function crashes, times out or is throttled: `{"message": "Internal Server Error"}`, with no code; try again (with the same Idempotency-Key where the route takes one).',
  schema: z.object({ message: z.string() }),
};

/** What a JSON body can be refused for, before the route looks at it. */
export const BODY_ERRORS: readonly ErrorCode[] = [
  "validation_failed",
  "malformed_json",
  "unsupported_media_type",
  "payload_too_large",
];

/**
 * The codes a route may answer with besides its own: every route can fail on our side, a caller's route
 * can refuse its token, a route that reads the table or the signing key can find it unavailable, and an
 * Idempotency-Key can be malformed, in use or reused.
 */
export function commonErrors(route: ApiRoute): ErrorCode[] {
  return [
    // A caller's route refuses a query parameter it does not take (httpRoute), naming it.
    ...(route.auth ? (["unauthorized", "validation_failed"] as const) : []),
    ...(route.idempotencyKey
      ? (["validation_failed", "idempotency_in_progress", "idempotency_key_reused"] as const)
      : []),
    ...(route.access.table !== "none" || route.access.secret ? (["service_unavailable"] as const) : []),
    "internal_error",
  ];
}

/** The codes whose answers carry fields of their own, when a status has only that code. */
const OWN_VIEWS: Partial<Record<ErrorCode, z.core.$ZodType>> = {
  quota_exceeded: quotaErrorViewSchema,
  precondition_failed: preconditionErrorViewSchema,
};

/** The error answers of an operation, one per status, each naming its codes (ERROR_CODES) in order. */
export function errorResponses(codes: readonly ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_HTTP[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const [first, ...rest] = list as [ErrorCode, ...ErrorCode[]];
    const alone = list.length === 1 ? OWN_VIEWS[first] : undefined;
    const view =
      alone ??
      z.extend(errorViewSchema, {
        error: z.extend(errorViewSchema.shape.error, { code: z.enum([first, ...rest]) }),
      });
    const gatewayAnswer = list.includes("unauthorized")
      ? AUTHORIZER_ANSWER
      : list.includes("internal_error")
        ? GATEWAY_FAILURE
        : undefined;
    responses[String(status)] = {
      description:
        list.map((code) => `\`${code}\`: ${ERROR_CODES[code]}`).join(" Or ") + (gatewayAnswer?.note ?? ""),
      ...(list.some((code) => ERROR_HTTP[code].retryAfter !== undefined)
        ? { headers: retryAfter(list) }
        : {}),
      content: {
        "application/json": {
          schema: toSchema(gatewayAnswer ? z.union([view, gatewayAnswer.schema]) : view, "output"),
        },
      },
      "x-error-codes": list,
    };
  }
  return responses;
}
