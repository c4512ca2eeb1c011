import { ValidationError } from "../errors/app-error.js";
import { PreconditionFailedError } from "../errors/precondition-failed-error.js";
import { headerValue } from "./header-value.js";
import type { HttpEvent } from "./http-route.js";
import { interviewETag } from "./interview-etag.js";

export const IF_MATCH_HEADER = "If-Match";

/** A write's condition on the item it is about to change; throws when it does not hold. */
export type Precondition = (current: { version: number }) => void;

/**
 * `1#entity-tag` (RFC 9110 8.8.3), ASCII only (`[!#-~]` is etagc less obs-text): commas may sit inside a
 * tag, so the list is matched whole rather than split.
 */
const TAG_LIST = /^[ \t]*(?:W\/)?"[!#-~]*"(?:[ \t]*,[ \t]*(?:W\/)?"[!#-~]*")*[ \t]*$/;
const ANY_TAG = /(?:W\/)?"[!#-~]*"/g;

/**
 * The request's If-Match as a precondition the use case checks on the item its write is conditional on
 * (inside the read-change-write loop, so a retry after a conflict checks again). Undefined without the
 * header, or with `*`: a missing interview answers 404 anyway. A weak tag never matches.
 */
export function ifMatchOf(event: Pick<HttpEvent, "headers">): Precondition | undefined {
  const value = headerValue(event.headers, IF_MATCH_HEADER);
  if (value === undefined || value.trim() === "*") return undefined;
  if (!TAG_LIST.test(value)) {
    throw new ValidationError([
      { field: IF_MATCH_HEADER, problem: 'must be * or entity tags such as "v12"' },
    ]);
  }
  const strong = value.match(ANY_TAG)?.filter((tag) => tag[0] === '"');
  return (current) => {
    const etag = interviewETag(current.version);
    if (!strong?.includes(etag)) throw new PreconditionFailedError(etag);
  };
}
