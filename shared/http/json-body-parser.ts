import type { MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { MalformedJsonError, PayloadTooLargeError, UnsupportedMediaTypeError } from "../errors/app-error.js";

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export type EventWithJson = APIGatewayProxyEventV2 & { jsonBody?: unknown };

/**
 * Middy middleware: parses a JSON body into `event.jsonBody`. Unlike @middy/http-json-body-parser it
 * answers malformed JSON with our 400 JSON error, and refuses oversized bodies before parsing them.
 */
export function jsonBodyParser(maxBytes = DEFAULT_MAX_BODY_BYTES): MiddlewareObj<EventWithJson> {
  return {
    name: "jsonBodyParser",
    before: (request) => {
      const event = request.event;
      if (event.body === undefined || event.body === null || event.body === "") return;
      const raw = event.isBase64Encoded ? Buffer.from(event.body, "base64") : Buffer.from(event.body, "utf8");
      if (raw.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
      const contentType = Object.entries(event.headers ?? {}).find(
        ([k]) => k.toLowerCase() === "content-type",
      )?.[1];
      if (!contentType || !/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(contentType)) {
        throw new UnsupportedMediaTypeError();
      }
      try {
        event.jsonBody = JSON.parse(raw.toString("utf8"));
      } catch (err) {
        throw new MalformedJsonError(err instanceof Error ? err.message : "unreadable");
      }
    },
  };
}
