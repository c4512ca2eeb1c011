import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import type { InboundClassification } from "../inbound/classify-inbound-email.js";
import type { ParsedInboundEmail } from "../inbound/inbound-email.js";
import type { InboundLimits } from "../inbound/inbound-limits.js";
import type { SenderTrust } from "../inbound/sender-trust.js";
import type { InboundDeps } from "./inbound-deps.js";

/** A matched inbound message, read and judged once, as every handler of one kind of message gets it. */
export interface InboundContext {
  deps: InboundDeps;
  /** The interview as read when the message was matched (each handler's write re-reads it). */
  interview: Interview;
  /** The message as received. */
  received: ParsedInboundEmail;
  /** The message acted on: the contact's own when the candidate forwarded it (see readInboundMessage). */
  email: ParsedInboundEmail;
  relayed: boolean;
  classification: InboundClassification;
  /** The step it answers: the token's, else the last one sent. */
  stepId: string;
  step: Step | undefined;
  /** The acting sender's address, lower-cased ("" when there is none). */
  from: string;
  trust: SenderTrust;
  limits: InboundLimits;
  now: Date;
  at: string;
}
