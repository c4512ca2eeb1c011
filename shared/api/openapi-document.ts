import { z } from "zod";
import { API_ROUTES, type ApiRoute } from "./api-routes.js";
import { calendarFeedLinkViewSchema, insightsViewSchema } from "./insights-view-schema.js";
import { interviewInputSchema, interviewPatchSchema } from "./interview-input-schema.js";
import { errorViewSchema, interviewViewSchema, plannedStepViewSchema } from "./interview-view-schema.js";
import { manageInputSchema } from "./manage-input-schema.js";
import { stopInputSchema } from "./stop-input-schema.js";
import { quotaErrorViewSchema, usageViewSchema } from "./usage-view-schema.js";

const toSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });

const json = (schema: z.ZodType, io: "input" | "output" = "output") => ({
  content: { "application/json": { schema: toSchema(schema, io) } },
});

const retryAfter = {
  "Retry-After": {
    description: "Seconds to wait before trying again",
    schema: { type: "integer", minimum: 1 },
  },
};

const errors = {
  "400": { description: "Invalid input; `issues` names each field and problem", ...json(errorViewSchema) },
  "401": { description: "Missing or invalid bearer token", ...json(errorViewSchema) },
  "404": { description: "No such interview for this owner", ...json(errorViewSchema) },
  "503": {
    description:
      "A dependency is unavailable or did not answer in time; nothing was changed. Retry after Retry-After",
    headers: retryAfter,
    ...json(errorViewSchema),
  },
};

const idempotencyKeyParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Any 1-255 printable ASCII characters, new for each new request (a UUID). A retry with the same key and the same body gets the first final answer again (with `Idempotent-Replayed: true`) and changes nothing; keys are kept 24 hours per caller. Answers 5xx are not kept: a retry after one runs again, and finds what the first attempt may have written.",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x20-\\x7E]+$" },
};

const idempotencyErrors = {
  "409": {
    description:
      "`idempotency_in_progress`: a request with this Idempotency-Key is still running; retry after Retry-After",
    headers: retryAfter,
    ...json(errorViewSchema),
  },
  "422": {
    description: "`idempotency_key_reused`: this Idempotency-Key was used with a different request",
    ...json(errorViewSchema),
  },
};

/** A route's own 409 and the Idempotency-Key's 409 share the status: describe both. */
function withIdempotencyErrors(responses: Record<string, { description?: string }>): Record<string, unknown> {
  const own = responses["409"];
  return {
    ...responses,
    ...idempotencyErrors,
    ...(own
      ? {
          "409": {
            ...idempotencyErrors["409"],
            description: `${own.description}; or ${idempotencyErrors["409"].description}`,
          },
        }
      : {}),
  };
}

/** Routes that can take the owner over a quota (see shared/domain/quota-limits.ts). */
const overQuota = {
  "429": {
    description:
      "Over a quota (named in `quota`, with its `limit` and `resetsAt`); nothing was changed. `Retry-After` gives the seconds until it resets",
    headers: retryAfter,
    ...json(quotaErrorViewSchema),
  },
};

const operations: Record<string, Record<string, unknown>> = {
  "GET /health": { summary: "Liveness", responses: { "200": { description: "Up" } } },
  "GET /openapi.json": {
    summary: "This document",
    responses: { "200": { description: "OpenAPI 3 document" } },
  },
  "POST /plan/preview": {
    summary: "The chain an interview would get, stored nowhere",
    requestBody: { required: true, ...json(interviewInputSchema, "input") },
    responses: {
      "200": {
        description: "Planned steps (none, with supersededBy, when a later round is already registered)",
        ...json(
          z.object({
            steps: z.array(plannedStepViewSchema),
            supersededBy: z.object({ id: z.string(), round: z.string() }).optional(),
          }),
        ),
      },
    },
  },
  "POST /interviews": {
    summary: "Register an interview and plan its follow-up chain",
    requestBody: { required: true, ...json(interviewInputSchema, "input") },
    responses: {
      "201": { description: "The interview with its steps", ...json(interviewViewSchema) },
      ...overQuota,
    },
  },
  "GET /interviews": {
    summary: "Your interviews, newest first",
    parameters: [
      { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
      {
        name: "cursor",
        in: "query",
        schema: { type: "string" },
        description: "`nextCursor` of the previous page",
      },
      { name: "status", in: "query", schema: { type: "string" } },
    ],
    responses: {
      "200": {
        description: "A page",
        ...json(z.object({ items: z.array(interviewViewSchema), nextCursor: z.string().nullable() })),
      },
    },
  },
  "GET /interviews/{id}": {
    summary: "One interview, its steps and timeline",
    responses: { "200": { description: "The interview", ...json(interviewViewSchema) } },
  },
  "PATCH /interviews/{id}": {
    summary: "Change details; pending steps are re-planned and their schedules moved",
    requestBody: { required: true, ...json(interviewPatchSchema, "input") },
    responses: { "200": { description: "The interview", ...json(interviewViewSchema) }, ...overQuota },
  },
  "GET /usage": {
    summary: "Your use of each quota now, its limit and when it resets",
    responses: { "200": { description: "Usage per quota", ...json(usageViewSchema) } },
  },
  "GET /insights": {
    summary: "What worked: per step kind and cadence, replies and time to reply; outcomes by follow-ups sent",
    responses: { "200": { description: "Counts from your own interviews", ...json(insightsViewSchema) } },
  },
  "POST /calendar-token": {
    summary: "Your calendar feed URL (the same while it is live; a new one after a revoke)",
    responses: { "200": { description: "The feed URL", ...json(calendarFeedLinkViewSchema) } },
  },
  "DELETE /calendar-token": {
    summary: "Revoke your calendar feed: its URL answers 404 from now on",
    responses: { "204": { description: "Revoked (also when none was live)" } },
  },
  "GET /calendar/{token}": {
    summary:
      "Your steps as an iCalendar feed (RFC 5545): the path is `/calendar/<token>.ics`, as POST /calendar-token gives it",
    responses: {
      "200": {
        description:
          "text/calendar: one VEVENT per step in the recipient's zone (TZID with a VTIMEZONE), stable UID, SEQUENCE and LAST-MODIFIED; cancelled steps STATUS:CANCELLED",
        content: { "text/calendar": { schema: { type: "string" } } },
      },
      "404": { description: "Not a live feed URL (forged, malformed or revoked)", ...json(errorViewSchema) },
    },
  },
  "POST /interviews/{id}/stop": {
    summary: "Record an outcome and stop the chain",
    requestBody: { required: true, ...json(stopInputSchema, "input") },
    responses: {
      "200": { description: "The stopped interview", ...json(interviewViewSchema) },
      "409": { description: "The chain is no longer active", ...json(errorViewSchema) },
    },
  },
  "DELETE /interviews/{id}": {
    summary: "Erase the interview and its schedules",
    responses: { "204": { description: "Erased" } },
  },
  "GET /unsubscribe/{token}": {
    summary: "The unsubscribe link in a browser: a confirmation form; changes nothing",
    responses: {
      "200": { description: "An HTML page whose button POSTs to the same URL" },
      "404": { description: "Not a valid unsubscribe link", ...json(errorViewSchema) },
    },
  },
  "POST /unsubscribe/{token}": {
    summary: "One-click unsubscribe (RFC 8058): no more follow-ups from this candidate to that contact",
    responses: {
      "200": {
        description: "Unsubscribed (also when already unsubscribed); text/plain when the caller accepts text",
        ...json(z.object({ status: z.literal("unsubscribed"), stepsCancelled: z.number().int() })),
      },
      "404": { description: "Not a valid unsubscribe link", ...json(errorViewSchema) },
    },
  },
  "GET /manage/{token}": {
    summary:
      "A reminder's stop/snooze link in a browser: the interview, its next steps, two buttons; changes nothing",
    responses: {
      "200": { description: "An HTML page whose buttons POST action=snooze or action=stop to the same URL" },
      "404": { description: "Not a valid manage link, or the interview is gone", ...json(errorViewSchema) },
    },
  },
  "POST /manage/{token}": {
    summary: "Stop the whole chain (action=stop) or move its pending steps a week later (action=snooze)",
    requestBody: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": { schema: toSchema(manageInputSchema, "input") },
        "application/json": { schema: toSchema(manageInputSchema, "input") },
      },
    },
    responses: {
      "200": {
        description:
          "Done (also when repeated: a second stop changes nothing, a snooze within 10 minutes of another is not applied again); text/plain when the caller accepts text",
        ...json(
          z.union([
            z.object({ status: z.literal("stopped"), stepsCancelled: z.number().int() }),
            z.object({
              status: z.literal("snoozed"),
              stepsMoved: z.number().int(),
              repeated: z.boolean(),
              nextSendAt: z.string().nullable(),
            }),
          ]),
        ),
      },
      "400": { description: "No action, or not stop or snooze", ...json(errorViewSchema) },
      "404": { description: "Not a valid manage link, or the interview is gone", ...json(errorViewSchema) },
      "409": { description: "The chain is no longer active", ...json(errorViewSchema) },
      "415": { description: "Neither a form nor JSON", ...json(errorViewSchema) },
    },
  },
};

function operationFor(route: ApiRoute): Record<string, unknown> {
  const op = operations[`${route.method} ${route.path}`] ?? { responses: {} };
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const responses = {
    ...(op.responses as Record<string, { description?: string }>),
    ...(route.auth ? errors : {}),
  };
  return {
    ...op,
    parameters: [
      ...params,
      ...((op.parameters as unknown[]) ?? []),
      ...(route.idempotencyKey ? [idempotencyKeyParameter] : []),
    ],
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    responses: route.idempotencyKey ? withIdempotencyErrors(responses) : responses,
  };
}

/** The OpenAPI 3 description of the API, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = operationFor(route);
  }
  return {
    openapi: "3.0.3",
    info: { title: "Interview follow-up scheduler", version: "0.1.0" },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
    paths,
  };
}
