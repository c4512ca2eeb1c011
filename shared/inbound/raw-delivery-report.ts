// Where the returned copy of the original starts: its part's header (the boundary line before it is unknown).
const RETURNED_ORIGINAL =
  /^Content-Type:[ \t]*(message\/(rfc822|global|rfc822-headers|global-headers)|text\/rfc822-headers)\b/im;
const MAX_CHARS = 64 * 1024;

/**
 * What a delivery report says when its boundary is missing or wrong, so the MIME parser found no part and no
 * text: the raw body up to the returned copy of the original. Its notice and its RFC 3464 fields are there,
 * part headers and all; the original's addresses below are not, so none of them is taken for a failed
 * recipient.
 */
export function rawDeliveryReport(rawBody: string): string {
  const original = rawBody.search(RETURNED_ORIGINAL);
  return rawBody.slice(0, original < 0 ? MAX_CHARS : Math.min(original, MAX_CHARS));
}
