import type { MessageIndex, SentMessageRef } from "../../shared/ports/message-index.js";

const keyOf = (messageId: string) => messageId.trim().toLowerCase();

/** The DynamoDB message index in memory: Message-ID (with angle brackets, any case) -> the step that sent it. */
export class InMemoryMessageIndex implements MessageIndex {
  private readonly entries = new Map<string, SentMessageRef>();
  /** Every id looked up, in order, for assertions. */
  readonly lookups: string[] = [];

  async remember(messageId: string, ref: SentMessageRef, _at: Date): Promise<void> {
    this.entries.set(keyOf(messageId), { interviewId: ref.interviewId, stepId: ref.stepId });
  }

  async find(messageId: string): Promise<SentMessageRef | undefined> {
    this.lookups.push(messageId);
    if (!/^<[^<>\s]{1,900}>$/.test(messageId.trim())) return undefined;
    const found = this.entries.get(keyOf(messageId));
    return found ? { ...found } : undefined;
  }
}
