import {
  type StepRef,
  type StepTokenKind,
  signStepToken,
  verifyStepToken,
} from "../security/step-token-codec.js";

// The first token kind: its HMAC label is empty, and stays so, or every Reply-To already sent would break.
const KIND: StepTokenKind = { prefix: "r", label: "", signatureLength: 20 };

/** The local part of a step's Reply-To address: names interview and step, signed with the HMAC secret. */
export function replyToken(secret: string, interviewId: string, stepId: string): string {
  return signStepToken(KIND, secret, interviewId, stepId);
}

/** Reads and verifies a token (in constant time); undefined for anything forged, altered or malformed. */
export function verifyReplyToken(secret: string, token: string): StepRef | undefined {
  return verifyStepToken(KIND, secret, token);
}
