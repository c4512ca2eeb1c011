import { createHmac, timingSafeEqual } from "node:crypto";

// Lower-case, URL-safe: it travels in a path segment, and some clients lower-case the links they follow.
// The `m-` prefix differs from the reply (`r-`) and unsubscribe (`u-`) tokens, so none parses as another.
const TOKEN_RE = /^m-([0-9a-z]{26})-(s[0-9]{1,4})-([0-9a-f]{32})$/;

function signature(secret: string, interviewId: string, stepId: string): string {
  // A distinct label keeps a manage signature from ever being a valid reply or unsubscribe signature,
  // even if a future token format drops the prefix.
  return createHmac("sha256", secret)
    .update(`manage:${interviewId.toUpperCase()}:${stepId}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * The token of the link in a reminder with which the candidate stops or snoozes the chain: names the
 * interview and the reminder step, signed with the same HMAC key as reply and unsubscribe tokens.
 */
export function manageToken(secret: string, interviewId: string, stepId: string): string {
  return `m-${interviewId.toLowerCase()}-${stepId}-${signature(secret, interviewId, stepId)}`;
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyManageToken(
  secret: string,
  token: string,
): { interviewId: string; stepId: string } | undefined {
  const m = TOKEN_RE.exec(token.toLowerCase());
  if (!m) return undefined;
  const [, id = "", stepId = "", sig = ""] = m;
  const expected = Buffer.from(signature(secret, id, stepId));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return { interviewId: id.toUpperCase(), stepId };
}
