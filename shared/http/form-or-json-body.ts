import { AppError, MalformedJsonError, PayloadTooLargeError, ValidationError } from "../errors/app-error.js";
import type { HttpEvent } from "./http-route.js";

/** A button's form post is tiny; anything larger is not one. */
export const FORM_OR_JSON_MAX_BYTES = 4 * 1024;

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;

/**
 * The body of a route that both an HTML form and an API client post to: form fields
 * (`application/x-www-form-urlencoded`, as a browser sends them) or a JSON object, as a plain record for
 * the route's zod schema to validate. Anything else answers 4xx, never 500.
 */
export function formOrJsonBody(event: HttpEvent, maxBytes = FORM_OR_JSON_MAX_BYTES): unknown {
  if (event.body === undefined || event.body === null || event.body === "") {
    throw new ValidationError([{ field: "", problem: "a form or JSON body is required" }]);
  }
  const raw = event.isBase64Encoded ? Buffer.from(event.body, "base64") : Buffer.from(event.body, "utf8");
  if (raw.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const contentType =
    Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const text = raw.toString("utf8");
  if (FORM_TYPE.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  if (JSON_TYPE.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new MalformedJsonError(err instanceof Error ? err.message : "unreadable");
    }
  }
  throw new AppError(
    "unsupported_media_type",
    415,
    "Send the body as application/x-www-form-urlencoded or application/json.",
  );
}
