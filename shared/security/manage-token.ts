import { type StepRef, stepTokenCodec } from "./step-token-codec.js";

const codec = stepTokenCodec({ prefix: "m", label: "manage:", signatureLength: 32 });

/**
 * The token of the link in a reminder with which the candidate stops or snoozes the chain: names the
 * interview and the reminder step, signed with the same HMAC key as reply and unsubscribe tokens.
 */
export function manageToken(secret: string, interviewId: string, stepId: string): string {
  return codec.sign(secret, interviewId, stepId);
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyManageToken(secret: string, token: string): StepRef | undefined {
  return codec.verify(secret, token);
}
