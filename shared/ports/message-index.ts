/** Which step sent a given Message-ID: the fallback for matching replies whose Reply-To token got lost. */
export interface SentMessageRef {
  interviewId: string;
  stepId: string;
}

export interface MessageIndex {
  remember(messageId: string, ref: SentMessageRef, at: Date): Promise<void>;
  find(messageId: string): Promise<SentMessageRef | undefined>;
}
