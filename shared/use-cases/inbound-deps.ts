import type { InboundLimits } from "../inbound/inbound-limits.js";
import type { InboundLog } from "../ports/inbound-log.js";
import type { Mailer } from "../ports/mailer.js";
import type { MessageIndex, SentMessageRef } from "../ports/message-index.js";
import type { SuppressionList } from "../ports/suppression-list.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface InboundDeps extends ChainDeps<"get" | "replace" | "listByOwner"> {
  mailer: Mailer;
  messages: MessageIndex;
  suppressions: SuppressionList;
  /** Verifies a reply token's HMAC; undefined for a forged, altered or malformed one. */
  verifyToken: (token: string) => SentMessageRef | undefined;
  /** Verifies an interview address token (`i-...`, see interviewAddressToken): the interview id, or undefined. */
  verifyInterviewToken?: (token: string) => string | undefined;
  replyDomain: string;
  /** The operator's record of every inbound message and what became of it. */
  inboundLog?: InboundLog;
  /** Domains of ours besides the reply domain (our sending address's): never a contact's colleague. */
  ownDomains?: string[];
  /** Daily forwards per interview, how far an out-of-office may move steps; defaults when absent. */
  limits?: InboundLimits;
  /** The signed stop/snooze page of a reminder, when the API has a public URL. */
  manageUrl?: (interviewId: string, stepId: string) => string;
}
