import * as z from "zod/mini";
import { manageFormSchema, manageInputSchema } from "./manage-input-schema.js";
import { html, jsonOrPlainText, toSchema } from "./openapi-content.js";
import { BODY_ERRORS } from "./openapi-error-responses.js";
import type { OpenApiOperation } from "./openapi-operation.js";

/**
 * The operations behind the signed links in emails (no bearer token: the token in the path is the
 * capability), which a browser opens as often as an API client calls them.
 */
export const linkRouteOperations: Record<string, OpenApiOperation> = {
  "GET /unsubscribe/{token}": {
    summary: "The unsubscribe link in a browser: a confirmation form; changes nothing",
    errors: ["not_found"],
    responses: { "200": { description: "An HTML page whose button POSTs to the same URL", ...html } },
  },
  "POST /unsubscribe/{token}": {
    summary: "One-click unsubscribe (RFC 8058): no more follow-ups from this candidate to that contact",
    responses: {
      "200": {
        description: "Unsubscribed (also when already unsubscribed); text/plain when the caller accepts text",
        ...jsonOrPlainText(
          z.object({ status: z.literal("unsubscribed"), stepsCancelled: z.number().check(z.int()) }),
        ),
      },
    },
    errors: ["not_found", "version_conflict"],
  },
  "GET /manage/{token}": {
    summary:
      "The stop/snooze link (in reminders and reply forwards) in a browser: the interview, its next steps, two buttons; changes nothing",
    errors: ["not_found"],
    responses: {
      "200": {
        description: "An HTML page whose buttons POST action=snooze or action=stop to the same URL",
        ...html,
      },
    },
  },
  "POST /manage/{token}": {
    summary: "Stop the whole chain (action=stop) or move its pending steps a week later (action=snooze)",
    requestBody: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": { schema: toSchema(manageFormSchema, "input") },
        "application/json": { schema: toSchema(manageInputSchema, "input") },
      },
    },
    responses: {
      "200": {
        description:
          "Done (also when repeated: a second stop changes nothing, a snooze within 10 minutes of another is not applied again); text/plain when the caller accepts text",
        ...jsonOrPlainText(
          z.union([
            z.object({ status: z.literal("stopped"), stepsCancelled: z.number().check(z.int()) }),
            z.object({
              status: z.literal("snoozed"),
              stepsMoved: z.number().check(z.int()),
              repeated: z.boolean(),
              nextSendAt: z.nullable(z.string()),
            }),
          ]),
        ),
      },
    },
    errors: [...BODY_ERRORS, "not_found", "chain_not_active", "version_conflict"],
  },
};
