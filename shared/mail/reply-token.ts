import { type StepRef, stepTokenCodec } from "../security/step-token-codec.js";

// The first token kind: its HMAC label is empty, and stays so, or every Reply-To already sent would break.
const codec = stepTokenCodec({ prefix: "r", label: "", signatureLength: 20 });

/** The local part of a step's Reply-To address: names interview and step, signed with the HMAC secret. */
export function replyToken(secret: string, interviewId: string, stepId: string): string {
  return codec.sign(secret, interviewId, stepId);
}

/** Reads and verifies a token (in constant time); undefined for anything forged, altered or malformed. */
export function verifyReplyToken(secret: string, token: string): StepRef | undefined {
  return codec.verify(secret, token);
}
