import { createHmac, timingSafeEqual } from "node:crypto";

// Lower-case, URL-safe: it travels in a path segment, and some clients lower-case the links they follow.
const TOKEN_RE = /^u-([0-9a-z]{26})-(s[0-9]{1,4})-([0-9a-f]{32})$/;

function signature(secret: string, interviewId: string, stepId: string): string {
  // A distinct label keeps an unsubscribe signature from ever being a valid reply-token signature.
  return createHmac("sha256", secret)
    .update(`unsubscribe:${interviewId.toUpperCase()}:${stepId}`)
    .digest("hex")
    .slice(0, 32);
}

/** The token of a step's one-click unsubscribe URL: names interview and step, signed with the HMAC key. */
export function unsubscribeToken(secret: string, interviewId: string, stepId: string): string {
  return `u-${interviewId.toLowerCase()}-${stepId}-${signature(secret, interviewId, stepId)}`;
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(
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
