import { createHmac, timingSafeEqual } from "node:crypto";

// Its own prefix and HMAC label: no reply, unsubscribe or manage token is ever accepted as this kind.
const LABEL = "interview-address:";
const PATTERN = /^i-([0-9a-z]{26})-([0-9a-f]{20})$/;

const signature = (secret: string, interviewId: string) =>
  createHmac("sha256", secret).update(`${LABEL}${interviewId.toUpperCase()}`).digest("hex").slice(0, 20);

/**
 * The local part of an interview's own address, `i-<interview id, lower-case>-<signature>`: the candidate
 * Cc's it on their own email to a contact, or forwards a contact's reply to it (remind mode), so that the
 * reply reaches the chain. Names the interview, no step; lower-case, as mail servers may lower-case it.
 */
export function interviewAddressToken(secret: string, interviewId: string): string {
  return `i-${interviewId.toLowerCase()}-${signature(secret, interviewId)}`;
}

/** The interview id a token names, verified in constant time; undefined for anything forged or malformed. */
export function verifyInterviewAddressToken(secret: string, token: string): string | undefined {
  const m = PATTERN.exec(token.toLowerCase());
  if (!m) return undefined;
  const [, id = "", sig = ""] = m;
  const expected = Buffer.from(signature(secret, id));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return id.toUpperCase();
}
