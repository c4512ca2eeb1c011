import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { MessageIndex, SentMessageRef } from "../ports/message-index.js";
import type { DocumentClient } from "./document-client.js";
import { toDependencyError } from "./to-dependency-error.js";

/** Long enough for a reply months later (keep-in-touch threads), then DynamoDB's TTL removes it. */
const KEEP_SECONDS = 400 * 86_400;

export const messageIndexKey = (messageId: string) => ({
  pk: `MESSAGE#${messageId.trim().toLowerCase()}`,
  sk: "MESSAGE",
});

/**
 * Message-ID -> step, one small item per sent email, on the same table. The writes alone, for the sender,
 * which never looks one up; DynamoMessageIndex adds the lookup.
 */
export class DynamoMessageRecorder implements Pick<MessageIndex, "remember"> {
  constructor(
    protected readonly client: DocumentClient,
    protected readonly tableName: string,
  ) {}

  async remember(messageId: string, ref: SentMessageRef, at: Date): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...messageIndexKey(messageId),
            interviewId: ref.interviewId,
            stepId: ref.stepId,
            expiresAt: Math.floor(at.getTime() / 1000) + KEEP_SECONDS,
          },
        }),
      );
    } catch (err) {
      throw toDependencyError("The message index", err);
    }
  }
}
