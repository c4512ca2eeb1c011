import { createHmac, timingSafeEqual } from "node:crypto";

export interface StepRef {
  interviewId: string;
  stepId: string;
}

/** One kind of step token: its prefix, its HMAC label and how many hex characters of the HMAC it keeps. */
export interface StepTokenKind {
  prefix: string;
  label: string;
  signatureLength: number;
}

/*
 * The one shape of every signed token we hand out (Reply-To local parts, unsubscribe and manage links).
 * Lower-case hex and base32 only: mail servers lower-case local parts and some clients lower-case links.
 * Each kind has its own prefix and HMAC label, so no token is ever accepted as another kind. Signing and
 * verifying are separate functions, so a Lambda that only signs (the sender) bundles no verifier.
 */

const signatureOf = (kind: StepTokenKind, secret: string, interviewId: string, stepId: string) =>
  createHmac("sha256", secret)
    .update(`${kind.label}${interviewId.toUpperCase()}:${stepId}`)
    .digest("hex")
    .slice(0, kind.signatureLength);

/** `<prefix>-<interview id, lower-case>-<step id>-<signature>`: names a step, signed with the HMAC key. */
export function signStepToken(
  kind: StepTokenKind,
  secret: string,
  interviewId: string,
  stepId: string,
): string {
  return `${kind.prefix}-${interviewId.toLowerCase()}-${stepId}-${signatureOf(kind, secret, interviewId, stepId)}`;
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyStepToken(kind: StepTokenKind, secret: string, token: string): StepRef | undefined {
  const pattern = new RegExp(
    `^${kind.prefix}-([0-9a-z]{26})-(s[0-9]{1,4})-([0-9a-f]{${kind.signatureLength}})$`,
  );
  const m = pattern.exec(token.toLowerCase());
  if (!m) return undefined;
  const [, id = "", stepId = "", sig = ""] = m;
  const expected = Buffer.from(signatureOf(kind, secret, id, stepId));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return { interviewId: id.toUpperCase(), stepId };
}
