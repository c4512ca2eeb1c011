import { type DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { MessageIndex, SentMessageRef } from "../ports/message-index.js";
import { toDependencyError } from "./to-dependency-error.js";

/** Long enough for a reply months later (keep-in-touch threads), then DynamoDB's TTL removes it. */
const KEEP_SECONDS = 400 * 86_400;

const key = (messageId: string) => ({ pk: `MESSAGE#${messageId.trim().toLowerCase()}`, sk: "MESSAGE" });

/** Message-ID -> step, one small item per sent email, on the same table. */
export class DynamoMessageIndex implements MessageIndex {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async remember(messageId: string, ref: SentMessageRef, at: Date): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key(messageId),
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

  async find(messageId: string): Promise<SentMessageRef | undefined> {
    if (!/^<[^<>\s]{1,900}>$/.test(messageId.trim())) return undefined;
    try {
      const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: key(messageId) }));
      const item = out.Item;
      if (!item || typeof item.interviewId !== "string" || typeof item.stepId !== "string") return undefined;
      return { interviewId: item.interviewId, stepId: item.stepId };
    } catch (err) {
      throw toDependencyError("The message index", err);
    }
  }
}
