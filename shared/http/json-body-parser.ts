import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { parseJsonBody } from "./parse-json-body.js";

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export type EventWithJson = APIGatewayProxyEventV2 & { jsonBody?: unknown };

/**
 * Middy middleware: parses a JSON body into `event.jsonBody` (parseRequestBody). Unlike
 * @middy/http-json-body-parser it answers malformed JSON with our 400 JSON error, and refuses oversized
 * bodies before parsing them. JSON only: the form reader stays out of JSON routes' bundles.
 */
export function jsonBodyParser(maxBytes = DEFAULT_MAX_BODY_BYTES): MiddlewareObj<EventWithJson> {
  return {
    name: "jsonBodyParser",
    before: (request) => {
      const body = parseJsonBody(request.event, maxBytes);
      if (body !== undefined) request.event.jsonBody = body;
    },
  };
}
