import { type StepRef, stepTokenCodec } from "./step-token-codec.js";

const codec = stepTokenCodec({ prefix: "u", label: "unsubscribe:", signatureLength: 32 });

/** The token of a step's one-click unsubscribe URL: names interview and step, signed with the HMAC key. */
export function unsubscribeToken(secret: string, interviewId: string, stepId: string): string {
  return codec.sign(secret, interviewId, stepId);
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(secret: string, token: string): StepRef | undefined {
  return codec.verify(secret, token);
}
