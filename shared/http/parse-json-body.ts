import { MalformedJsonError, PayloadTooLargeError, UnsupportedMediaTypeError } from "../errors/app-error.js";
import { headerValue } from "./header-value.js";

/** `application/json` and `application/*+json`, with or without parameters, in any case. */
export const JSON_MEDIA_TYPE = {
  name: "application/json",
  pattern: /^application\/([a-z.+-]*\+)?json\s*(;|$)/i,
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

/** The body's bytes, undefined for no body; over `maxBytes`, a 413 before anything is parsed. */
export function requestBodyBytes(event: BodyRequest, maxBytes: number): Buffer | undefined {
  if (event.body === undefined || event.body === null || event.body === "") return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, "base64") : Buffer.from(event.body, "utf8");
  if (raw.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return raw;
}

/** The event's Content-Type, "" when it has none. */
export const contentTypeOf = (event: BodyRequest) => headerValue(event.headers, "content-type") ?? "";

/** UTF-8 JSON text's value; anything else is a 400 (malformed_json). */
export function jsonValueOf(raw: Buffer): unknown {
  let text: string;
  try {
    text = UTF8.decode(raw);
  } catch {
    throw new MalformedJsonError("it is not UTF-8 text");
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new MalformedJsonError(err instanceof Error ? err.message : "unreadable");
  }
}

/**
 * A route's JSON body, for routes that read nothing else: `parseRequestBody` accepting only JSON, without
 * the form reader (JSON routes' bundles carry none of it). Undefined for no body; too large, another type
 * or malformed, a 4xx error, never a 500.
 */
export function parseJsonBody(event: BodyRequest, maxBytes: number): unknown {
  const raw = requestBodyBytes(event, maxBytes);
  if (raw === undefined) return undefined;
  if (!JSON_MEDIA_TYPE.pattern.test(contentTypeOf(event)))
    throw new UnsupportedMediaTypeError([JSON_MEDIA_TYPE.name]);
  return jsonValueOf(raw);
}
