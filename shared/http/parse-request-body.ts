import { MalformedJsonError, PayloadTooLargeError, UnsupportedMediaTypeError } from "../errors/app-error.js";
import { headerValue } from "./header-value.js";

/** The body types a route can read: JSON (`application/json`, `application/*+json`) or an HTML form. */
export type BodyType = "json" | "form";

const MEDIA_TYPES: Record<BodyType, { name: string; pattern: RegExp }> = {
  form: {
    name: "application/x-www-form-urlencoded",
    pattern: /^application\/x-www-form-urlencoded\s*(;|$)/i,
  },
  json: { name: "application/json", pattern: /^application\/([a-z.+-]*\+)?json\s*(;|$)/i },
};

/**
 * JSON text is UTF-8 (RFC 8259 8.1). Fatal: a body in another encoding (a Latin-1 client's "Zoë", sent as
 * one byte 0xEB) is refused, where a lenient decoder stored "Zo\uFFFD" and mailed it. A leading byte order
 * mark is dropped (the decoder's default), as the RFC lets a parser do: some editors and shells write one.
 */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

export interface BodyRequest {
  body?: string | null | undefined;
  isBase64Encoded?: boolean | undefined;
  headers?: Readonly<Record<string, string | undefined>> | null | undefined;
}

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
  if (event.body === undefined || event.body === null || event.body === "") return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, "base64") : Buffer.from(event.body, "utf8");
  if (raw.byteLength > options.maxBytes) throw new PayloadTooLargeError(options.maxBytes);
  const contentType = headerValue(event.headers, "content-type") ?? "";
  const type = options.accepted.find((t) => MEDIA_TYPES[t].pattern.test(contentType));
  if (type === undefined)
    throw new UnsupportedMediaTypeError(options.accepted.map((t) => MEDIA_TYPES[t].name));
  if (type === "form") return { type, value: formFields(raw.toString("utf8")) };
  let text: string;
  try {
    text = UTF8.decode(raw);
  } catch {
    throw new MalformedJsonError("it is not UTF-8 text");
  }
  try {
    return { type, value: JSON.parse(text) };
  } catch (err) {
    throw new MalformedJsonError(err instanceof Error ? err.message : "unreadable");
  }
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
