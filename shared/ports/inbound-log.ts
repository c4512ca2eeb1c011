/** What happened to one inbound message: the operator's record, kept for a while. */
export interface InboundLogEntry {
  at: string;
  /** rejected, unmatched, stopped, recorded, deferred, ignored, unverified_sender, forward_rate_limited. */
  result: string;
  kind?: string;
  reason: string;
  from?: string;
  subject?: string;
  messageId?: string;
  interviewId?: string;
  /** The id SES gave the message (the raw object's key), to find it in the bucket. */
  sesMessageId?: string;
}

export interface InboundLog {
  record(entry: InboundLogEntry): Promise<void>;
  /** Entries of one UTC day (YYYY-MM-DD), newest first. */
  day(date: string, limit: number): Promise<InboundLogEntry[]>;
}
