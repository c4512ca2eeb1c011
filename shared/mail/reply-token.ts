import { createHmac, timingSafeEqual } from "node:crypto";

// Lower-case only: some mail servers lower-case the local part of an address on the way back.
const TOKEN_RE = /^r-([0-9a-z]{26})-(s[0-9]{1,4})-([0-9a-f]{20})$/;

function signature(secret: string, interviewId: string, stepId: string): string {
  return createHmac("sha256", secret)
    .update(`${interviewId.toUpperCase()}:${stepId}`)
    .digest("hex")
    .slice(0, 20);
}

/** The local part of a step's Reply-To address: names interview and step, signed with the HMAC secret. */
export function replyToken(secret: string, interviewId: string, stepId: string): string {
  return `r-${interviewId.toLowerCase()}-${stepId}-${signature(secret, interviewId, stepId)}`;
}

/** Reads and verifies a token (in constant time); undefined for anything forged, altered or malformed. */
export function verifyReplyToken(
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
