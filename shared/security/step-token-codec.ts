import { createHmac, timingSafeEqual } from "node:crypto";

export interface StepRef {
  interviewId: string;
  stepId: string;
}

export interface StepTokenCodec {
  /** `<prefix>-<interview id, lower-case>-<step id>-<signature>`: names a step, signed with the HMAC key. */
  sign(secret: string, interviewId: string, stepId: string): string;
  /** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
  verify(secret: string, token: string): StepRef | undefined;
}

/**
 * The one shape of every signed token we hand out (Reply-To local parts, unsubscribe and manage links).
 * Lower-case hex and base32 only: mail servers lower-case local parts and some clients lower-case links.
 * Each kind has its own prefix and HMAC label, so no token is ever accepted as another kind.
 */
export function stepTokenCodec(options: {
  prefix: string;
  label: string;
  signatureLength: number;
}): StepTokenCodec {
  const { prefix, label, signatureLength } = options;
  const pattern = new RegExp(`^${prefix}-([0-9a-z]{26})-(s[0-9]{1,4})-([0-9a-f]{${signatureLength}})$`);
  const signature = (secret: string, interviewId: string, stepId: string) =>
    createHmac("sha256", secret)
      .update(`${label}${interviewId.toUpperCase()}:${stepId}`)
      .digest("hex")
      .slice(0, signatureLength);
  return {
    sign: (secret, interviewId, stepId) =>
      `${prefix}-${interviewId.toLowerCase()}-${stepId}-${signature(secret, interviewId, stepId)}`,
    verify: (secret, token) => {
      const m = pattern.exec(token.toLowerCase());
      if (!m) return undefined;
      const [, id = "", stepId = "", sig = ""] = m;
      const expected = Buffer.from(signature(secret, id, stepId));
      const given = Buffer.from(sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      return { interviewId: id.toUpperCase(), stepId };
    },
  };
}
