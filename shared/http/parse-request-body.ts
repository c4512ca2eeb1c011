import { UnsupportedMediaTypeError } from "../errors/app-error.js";
import {
  type BodyRequest,
  contentTypeOf,
  JSON_MEDIA_TYPE,
  jsonValueOf,
  requestBodyBytes,
} from "./parse-json-body.js";

export type { BodyRequest };

/** The body types a route can read: JSON (`application/json`, `application/*+json`) or an HTML form. */
export type BodyType = "json" | "form";

const MEDIA_TYPES: Record<BodyType, { name: string; pattern: RegExp }> = {
  form: {
    name: "application/x-www-form-urlencoded",
    pattern: /^application\/x-www-form-urlencoded\s*(;|$)/i,
  },
  json: JSON_MEDIA_TYPE,
};

/**
 * The one parser of request bodies: undefined for no body; otherwise the body, at most `maxBytes`, read
 * as the first of `accepted` its Content-Type names (form fields as a plain record, for the route's zod
 * schema to validate: a field sent more than once holds all its values, in order, so that the schema refuses
 * `action=snooze&action=stop` rather than the last one winning). Anything else is a 4xx error (too large, another type, malformed JSON), never a
 * 500; the size is checked before anything is parsed.
 */
export function parseRequestBody(
  event: BodyRequest,
  options: { maxBytes: number; accepted: readonly BodyType[] },
): unknown {
  return readRequestBody(event, options)?.value;
}

/** As parseRequestBody, also saying which type the body was read as (a route may judge a form more leniently). */
export function readRequestBody(
  event: BodyRequest,
  options: { maxBytes: number; accepted: readonly BodyType[] },
): { type: BodyType; value: unknown } | undefined {
  const raw = requestBodyBytes(event, options.maxBytes);
  if (raw === undefined) return undefined;
  const contentType = contentTypeOf(event);
  const type = options.accepted.find((t) => MEDIA_TYPES[t].pattern.test(contentType));
  if (type === undefined)
    throw new UnsupportedMediaTypeError(options.accepted.map((t) => MEDIA_TYPES[t].name));
  if (type === "form") return { type, value: formFields(raw.toString("utf8")) };
  return { type, value: jsonValueOf(raw) };
}

/** A form's fields: one string each, or every value in order for a field sent more than once. */
function formFields(text: string): Record<string, string | string[]> {
  const fields = new Map<string, string | string[]>();
  for (const [key, value] of new URLSearchParams(text)) {
    const earlier = fields.get(key);
    fields.set(
      key,
      earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value],
    );
  }
  // fromEntries defines own properties: a field named __proto__ stays a field.
  return Object.fromEntries(fields);
}
