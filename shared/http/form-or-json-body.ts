import type * as z from "zod/mini";
import { ValidationError } from "../errors/app-error.js";
import type { HttpEvent } from "./http-route.js";
import { readRequestBody } from "./parse-request-body.js";
import { validateInput } from "./validate-input.js";

/** A button's form post is tiny; anything larger is not one. */
export const FORM_OR_JSON_MAX_BYTES = 4 * 1024;

/**
 * The input of a route that both an HTML form and an API client post to: form fields
 * (`application/x-www-form-urlencoded`, as a browser sends them) validated by `schemas.form`, or a JSON
 * object validated by `schemas.json`. The two may differ: a browser adds fields of its own (a named submit
 * button), which a form schema may ignore, while a JSON client's unknown field is a mistake to name (a
 * 400, as on every JSON route). Anything else answers 4xx, never 500.
 */
export function formOrJsonInput<F extends z.core.$ZodType, J extends z.core.$ZodType>(
  event: HttpEvent,
  schemas: { form: F; json: J },
  maxBytes = FORM_OR_JSON_MAX_BYTES,
): z.output<F> | z.output<J> {
  const body = readRequestBody(event, { maxBytes, accepted: ["form", "json"] });
  if (body === undefined)
    throw new ValidationError([{ field: "", problem: "a form or JSON body is required" }]);
  return body.type === "form"
    ? validateInput(schemas.form, body.value)
    : validateInput(schemas.json, body.value);
}
