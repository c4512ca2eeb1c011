/** What the message said about itself, for the operator's record. */
export interface InboundAbout {
  from?: string | undefined;
  subject?: string | undefined;
  messageId?: string | undefined;
}

/** `unverified_sender` and `forward_rate_limited`: a sender we could not trust, and what became of its message. */
export type InboundInterviewResult =
  | "stopped"
  | "recorded"
  | "deferred"
  | "ignored"
  | "unverified_sender"
  | "forward_rate_limited";

/** What one handler did with a matched message, and why, in the operator's words. */
export interface InboundHandled {
  result: InboundInterviewResult;
  reason: string;
}

export type InboundOutcome =
  | { result: "rejected"; reason: string }
  | { result: "unmatched"; kind: string; reason: string; about: InboundAbout }
  | {
      result: InboundInterviewResult;
      kind: string;
      reason: string;
      interviewId: string;
      about: InboundAbout;
    };
