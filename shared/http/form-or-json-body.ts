import { ValidationError } from "../errors/app-error.js";
import type { HttpEvent } from "./http-route.js";
import { parseRequestBody } from "./parse-request-body.js";

/** A button's form post is tiny; anything larger is not one. */
export const FORM_OR_JSON_MAX_BYTES = 4 * 1024;

/**
 * The body of a route that both an HTML form and an API client post to: form fields
 * (`application/x-www-form-urlencoded`, as a browser sends them) or a JSON object, as a plain record for
 * the route's zod schema to validate. Anything else answers 4xx, never 500.
 */
export function formOrJsonBody(event: HttpEvent, maxBytes = FORM_OR_JSON_MAX_BYTES): unknown {
  const body = parseRequestBody(event, { maxBytes, accepted: ["form", "json"] });
  if (body === undefined)
    throw new ValidationError([{ field: "", problem: "a form or JSON body is required" }]);
  return body;
}
