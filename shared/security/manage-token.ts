import { type StepRef, type StepTokenKind, signStepToken, verifyStepToken } from "./step-token-codec.js";

const KIND: StepTokenKind = { prefix: "m", label: "manage:", signatureLength: 32 };

/**
 * The token of the link in a reminder with which the candidate stops or snoozes the chain: names the
 * interview and the reminder step, signed with the same HMAC key as reply and unsubscribe tokens.
 */
export function manageToken(secret: string, interviewId: string, stepId: string): string {
  return signStepToken(KIND, secret, interviewId, stepId);
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyManageToken(secret: string, token: string): StepRef | undefined {
  return verifyStepToken(KIND, secret, token);
}
