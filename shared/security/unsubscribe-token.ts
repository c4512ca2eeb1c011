import { type StepRef, type StepTokenKind, signStepToken, verifyStepToken } from "./step-token-codec.js";

const KIND: StepTokenKind = { prefix: "u", label: "unsubscribe:", signatureLength: 32 };

/** The token of a step's one-click unsubscribe URL: names interview and step, signed with the HMAC key. */
export function unsubscribeToken(secret: string, interviewId: string, stepId: string): string {
  return signStepToken(KIND, secret, interviewId, stepId);
}

/** Reads and verifies a token in constant time; undefined for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(secret: string, token: string): StepRef | undefined {
  return verifyStepToken(KIND, secret, token);
}
