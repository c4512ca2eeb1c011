import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { MessageIndex, SentMessageRef } from "../ports/message-index.js";
import { DynamoMessageRecorder, messageIndexKey } from "./dynamo-message-recorder.js";
import { toDependencyError } from "./to-dependency-error.js";

/** The message index on the table (see DynamoMessageRecorder): the writes and the lookup. */
export class DynamoMessageIndex extends DynamoMessageRecorder implements MessageIndex {
  async find(messageId: string): Promise<SentMessageRef | undefined> {
    if (!/^<[^<>\s]{1,900}>$/.test(messageId.trim())) return undefined;
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: messageIndexKey(messageId) }),
      );
      const item = out.Item;
      if (!item || typeof item.interviewId !== "string" || typeof item.stepId !== "string") return undefined;
      return { interviewId: item.interviewId, stepId: item.stepId };
    } catch (err) {
      throw toDependencyError("The message index", err);
    }
  }
}
