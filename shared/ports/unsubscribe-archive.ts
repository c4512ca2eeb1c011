/**
 * What the unsubscribe links of a deleted interview still need: whose follow-ups they were and which address
 * each sent email went to. The link names only the interview and the step; once the interview is erased,
 * this is how an unsubscribe from an email still sitting in an inbox keeps working.
 */
export interface ArchivedRecipients {
  owner: string;
  /** Lower-cased address of every email step that went out (or may have), by step id. */
  addresses: Record<string, string>;
}

export interface UnsubscribeArchive {
  /** Records (or replaces) the recipients of an interview about to be erased. */
  keep(interviewId: string, recipients: ArchivedRecipients): Promise<void>;
  find(interviewId: string): Promise<ArchivedRecipients | undefined>;
}
