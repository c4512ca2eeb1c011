import type { ArchivedRecipients, UnsubscribeArchive } from "../../shared/ports/unsubscribe-archive.js";

/** The DynamoDB unsubscribe archive's behaviour in memory: one record per interview, replaced on keep. */
export class InMemoryUnsubscribeArchive implements UnsubscribeArchive {
  readonly records = new Map<string, ArchivedRecipients>();

  async keep(interviewId: string, recipients: ArchivedRecipients): Promise<void> {
    this.records.set(interviewId, structuredClone(recipients));
  }

  async find(interviewId: string): Promise<ArchivedRecipients | undefined> {
    const found = this.records.get(interviewId);
    return found ? structuredClone(found) : undefined;
  }
}
