import { ValidationError } from "../errors/app-error.js";
import { headerValue } from "./header-value.js";
import type { HttpEvent } from "./http-route.js";

export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/** 1-255 printable ASCII characters (a UUID, a ULID, any opaque token a client makes up). */
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/**
 * The request's Idempotency-Key, or undefined when it has none. A key that is empty, too long or not
 * printable ASCII is refused with a 400 naming the header, before anything is read or written.
 */
export function idempotencyKeyOf(event: Pick<HttpEvent, "headers">): string | undefined {
  const value = headerValue(event.headers, IDEMPOTENCY_KEY_HEADER);
  if (value === undefined) return undefined;
  const key = value.trim();
  if (!VALID_KEY.test(key)) {
    throw new ValidationError([
      { field: IDEMPOTENCY_KEY_HEADER, problem: "must be 1 to 255 printable ASCII characters" },
    ]);
  }
  return key;
}
