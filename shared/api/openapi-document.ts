import * as z from "zod/mini";
import { ERROR_CODE_NAMES, type ErrorCode } from "../errors/error-codes.js";
import { API_ROUTES, type ApiRoute } from "./api-routes.js";
import { emptyBodySchema } from "./empty-body-schema.js";
import { emailSchema, httpUrlSchema, isoDateSchema, isoDateTimeWithOffsetSchema } from "./field-schemas.js";
import { hoistSharedSchemas } from "./hoist-shared-schemas.js";
import {
  calendarFeedLinkViewSchema,
  insightsViewSchema,
  replyFiguresSchema,
} from "./insights-view-schema.js";
import { interviewInputSchema, interviewPatchSchema } from "./interview-input-schema.js";
import {
  fieldIssuesViewSchema,
  interviewViewSchema,
  plannedStepViewSchema,
  stepViewSchema,
} from "./interview-view-schema.js";
import { linkRouteOperations } from "./link-route-operations.js";
import { listQuerySchema } from "./list-query-schema.js";
import { json, toSchema } from "./openapi-content.js";
import { BODY_ERRORS, commonErrors, errorResponses } from "./openapi-error-responses.js";
import type { OpenApiOperation } from "./openapi-operation.js";
import { queryParameters } from "./query-parameters.js";
import { snoozeInputSchema } from "./snooze-input-schema.js";
import { stopInputSchema } from "./stop-input-schema.js";
import { describeTemplateSchemas } from "./template-override-descriptions.js";
import { templateOverrideSchema } from "./template-overrides-schema.js";
import { usageViewSchema } from "./usage-view-schema.js";
import { THROTTLED_RESPONSE, withGatewayThrottle } from "./with-gateway-throttle.js";
import { withReplayedHeader } from "./with-replayed-header.js";

// Before any schema below is turned into JSON Schema: the operations are built as this module loads.
describeTemplateSchemas();
// Links are checked with the URL parser rather than zod's url check, and addresses and dates with zod's
// patterns rather than its string formats (field-schemas.ts), which is what gave them their JSON Schema
// format; the document says it as before.
z.globalRegistry.add(httpUrlSchema._zod.innerType, { format: "uri" });
z.globalRegistry.add(emailSchema._zod.innerType, { format: "email" });
z.globalRegistry.add(isoDateSchema._zod.innerType, { format: "date" });
z.globalRegistry.add(isoDateTimeWithOffsetSchema._zod.innerType, { format: "date-time" });

const idempotencyKeyParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Any 1-255 printable ASCII characters, new for each new request (a UUID). A retry with the same key and the same body gets the first final answer again (with `Idempotent-Replayed: true`) and changes nothing; keys are kept 24 hours per caller. Answers 5xx are not kept: a retry after one runs again, and finds what the first attempt may have written.",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x20-\\x7E]+$" },
};

const ifMatchParameter = {
  name: "If-Match",
  in: "header",
  required: false,
  description:
    'The `ETag` of the copy this change is based on (`"v12"`; a list matches if any does). When it is not the interview\'s current one (someone changed it meanwhile), nothing changes and the answer is 412 `precondition_failed` naming the current `etag`. `*`, or no header: no condition. A weak tag (`W/"v12"`) never matches: If-Match compares strongly. Anything else is a 400 naming the header.',
  schema: { type: "string" },
};

/** On every answer that shows an interview: its stored version as a strong tag. */
const etagHeader = {
  ETag: {
    description:
      "The interview's entity tag (strong, its stored version): send it back in If-Match to make a change conditional on this copy",
    required: true,
    schema: { type: "string" },
  },
};

const operations: Record<string, OpenApiOperation> = {
  "GET /health": {
    summary: "Liveness",
    responses: { "200": { description: "Up", ...json(z.object({ status: z.literal("ok") })) } },
  },
  "GET /openapi.json": {
    summary: "This document",
    responses: {
      "200": {
        description: "OpenAPI 3 document (gzip-encoded to a client that accepts it)",
        content: {
          "application/json": {
            schema: {
              type: "object",
              properties: {
                openapi: { type: "string" },
                info: { type: "object" },
                paths: { type: "object" },
              },
              required: ["openapi", "info", "paths"],
            },
          },
        },
      },
    },
  },
  "POST /plan/preview": {
    summary: "The chain an interview would get, stored nowhere",
    requestBody: { required: true, ...json(interviewInputSchema, "input") },
    errors: BODY_ERRORS,
    responses: {
      "200": {
        description: "Planned steps (none, with supersededBy, when a later round is already registered)",
        ...json(
          z.object({
            steps: z.array(plannedStepViewSchema),
            supersededBy: z.optional(z.object({ id: z.string(), round: z.string() })),
          }),
        ),
      },
    },
  },
  "POST /interviews": {
    summary: "Register an interview and plan its follow-up chain",
    requestBody: { required: true, ...json(interviewInputSchema, "input") },
    errors: [...BODY_ERRORS, "quota_exceeded", "interview_too_large"],
    responses: {
      "201": {
        description: "The interview with its steps",
        headers: {
          Location: {
            description: "The new interview's path: `/interviews/{id}`",
            required: true,
            schema: { type: "string" },
          },
          ...etagHeader,
        },
        ...json(interviewViewSchema),
      },
    },
  },
  "GET /interviews": {
    summary: "Your interviews, newest first",
    parameters: queryParameters(listQuerySchema, {
      cursor: "`nextCursor` of the previous page",
      status: "Only the interviews whose chain is in this state",
    }),
    errors: ["validation_failed"],
    responses: {
      "200": {
        description: "A page",
        ...json(z.object({ items: z.array(interviewViewSchema), nextCursor: z.nullable(z.string()) })),
      },
    },
  },
  "GET /interviews/{id}": {
    summary: "One interview, its steps and timeline",
    errors: ["validation_failed", "not_found"],
    responses: { "200": { description: "The interview", headers: etagHeader, ...json(interviewViewSchema) } },
  },
  "PATCH /interviews/{id}": {
    summary: "Change details; pending steps are re-planned and their schedules moved",
    parameters: [ifMatchParameter],
    requestBody: { required: true, ...json(interviewPatchSchema, "input") },
    errors: [
      ...BODY_ERRORS,
      "not_found",
      "step_not_pending",
      "version_conflict",
      "precondition_failed",
      "interview_too_large",
      "quota_exceeded",
    ],
    responses: { "200": { description: "The interview", headers: etagHeader, ...json(interviewViewSchema) } },
  },
  "GET /usage": {
    summary: "Your use of each quota now, its limit and when it resets",
    errors: ["validation_failed"],
    responses: { "200": { description: "Usage per quota", ...json(usageViewSchema) } },
  },
  "GET /insights": {
    summary: "What worked: per step kind and cadence, replies and time to reply; outcomes by follow-ups sent",
    errors: ["validation_failed"],
    responses: { "200": { description: "Counts from your own interviews", ...json(insightsViewSchema) } },
  },
  "POST /calendar-token": {
    summary: "Your calendar feed URL (the same while it is live; a new one after a revoke)",
    requestBody: { required: false, ...json(emptyBodySchema, "input") },
    errors: [...BODY_ERRORS, "version_conflict"],
    responses: { "200": { description: "The feed URL", ...json(calendarFeedLinkViewSchema) } },
  },
  "DELETE /calendar-token": {
    summary: "Revoke your calendar feed: its URL answers 404 from now on",
    responses: { "204": { description: "Revoked (also when none was live)" } },
  },
  "GET /calendar/{token}": {
    path: "/calendar/{token}.ics",
    summary: "Your steps as an iCalendar feed (RFC 5545), at the `url` POST /calendar-token gives",
    responses: {
      "200": {
        description:
          "text/calendar: one VEVENT per step in the recipient's zone (TZID with a VTIMEZONE), stable UID, SEQUENCE and LAST-MODIFIED; cancelled steps STATUS:CANCELLED",
        headers: { ETag: { description: "The feed's entity tag", schema: { type: "string" } } },
        content: { "text/calendar": { schema: { type: "string" } } },
      },
      "304": {
        description: "Not modified: `If-None-Match` named the feed's current ETag; no body",
        headers: { ETag: { description: "The feed's entity tag", schema: { type: "string" } } },
      },
    },
    errors: ["not_found"],
  },
  "POST /interviews/{id}/stop": {
    summary: "Record an outcome and stop the chain",
    parameters: [ifMatchParameter],
    requestBody: { required: true, ...json(stopInputSchema, "input") },
    errors: [...BODY_ERRORS, "not_found", "chain_not_active", "version_conflict", "precondition_failed"],
    responses: {
      "200": { description: "The stopped interview", headers: etagHeader, ...json(interviewViewSchema) },
    },
  },
  "POST /interviews/{id}/snooze": {
    summary:
      "Move every pending step later (as a reminder's snooze link does); a repeat within 10 minutes does nothing",
    parameters: [ifMatchParameter],
    requestBody: { required: false, ...json(snoozeInputSchema, "input") },
    errors: [...BODY_ERRORS, "not_found", "chain_not_active", "version_conflict", "precondition_failed"],
    responses: {
      "200": {
        description: "What moved, and the interview (the ETag is the interview's)",
        headers: etagHeader,
        ...json(
          z.object({
            status: z.literal("snoozed"),
            stepsMoved: z.number().check(z.int()),
            repeated: z.boolean(),
            nextSendAt: z.nullable(z.string()),
            interview: interviewViewSchema,
          }),
        ),
      },
    },
  },
  "DELETE /interviews/{id}": {
    summary: "Erase the interview and its schedules",
    parameters: [ifMatchParameter],
    errors: ["not_found", "version_conflict", "precondition_failed"],
    responses: { "204": { description: "Erased" } },
  },
  ...linkRouteOperations,
};

function operationFor(route: ApiRoute): Record<string, unknown> {
  const {
    errors = [],
    path: _,
    ...op
  } = operations[`${route.method} ${route.path}`] ?? {
    summary: "",
    responses: {},
  };
  const replayable = (responses: Record<string, unknown>) =>
    route.idempotencyKey ? withReplayedHeader(responses, errors) : responses;
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  return {
    ...op,
    parameters: [
      ...params,
      ...(op.parameters ?? []),
      ...(route.idempotencyKey ? [idempotencyKeyParameter] : []),
    ],
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    responses: withGatewayThrottle(
      replayable({ ...op.responses, ...errorResponses([...errors, ...commonErrors(route)]) }),
    ),
  };
}

/** Where the document describes `route`: its path as a client writes it (OpenApiOperation.path). */
export function documentedPath(route: ApiRoute): string {
  return operations[`${route.method} ${route.path}`]?.path ?? route.path;
}

/** Every code an operation may answer with, in the order its responses name them. */
export function operationErrorCodes(route: ApiRoute): ErrorCode[] {
  const own = operations[`${route.method} ${route.path}`]?.errors ?? [];
  return [...new Set([...own, ...commonErrors(route)])];
}

/** The OpenAPI 3 description of the API, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    const path = documentedPath(route);
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[route.method.toLowerCase()] = operationFor(route);
  }
  const hoisted = hoistSharedSchemas(paths, {
    schemas: {
      Interview: toSchema(interviewViewSchema, "output"),
      InterviewInput: toSchema(interviewInputSchema, "input"),
      PlannedStep: toSchema(plannedStepViewSchema, "output"),
      Step: toSchema(stepViewSchema, "output"),
      TemplateOverride: toSchema(templateOverrideSchema, "input"),
      FieldIssues: toSchema(fieldIssuesViewSchema, "output"),
      ReplyFigures: toSchema(replyFiguresSchema, "output"),
    },
    // Each code's answer when it is alone under its status (most are: unauthorized, not_found, ...).
    // With `_replayable`, as an idempotent operation gives it: naming Idempotent-Replayed.
    responses: Object.fromEntries(
      ERROR_CODE_NAMES.flatMap((code) => {
        const alone = errorResponses([code]);
        const [status = "", replayable] = Object.entries(withReplayedHeader(alone, [code]))[0] ?? [];
        const named = [[code, alone[status]]];
        return replayable === alone[status] ? named : [...named, [`${code}_replayable`, replayable]];
      }).concat([["throttled", THROTTLED_RESPONSE]]),
    ),
  });
  return {
    openapi: "3.0.3",
    info: { title: "Interview follow-up scheduler", version: "0.1.0" },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      ...hoisted.components,
    },
    paths: hoisted.document,
  };
}
