import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { ArchivedRecipients, UnsubscribeArchive } from "../ports/unsubscribe-archive.js";
import type { DocumentClient } from "./document-client.js";
import { toDependencyError } from "./to-dependency-error.js";

const archiveKey = (interviewId: string) => ({ pk: `UNSUB#${interviewId}`, sk: "UNSUB" });

/**
 * One small item per deleted interview on the interview table (`UNSUB#<id>`): the owner and the addresses its
 * emails went to. No index attributes, so no listing ever sees it; no expiry, since an email can sit in an
 * inbox for years and its unsubscribe link must keep working.
 */
export class DynamoUnsubscribeArchive implements UnsubscribeArchive {
  constructor(
    private readonly client: DocumentClient,
    private readonly tableName: string,
  ) {}

  async keep(interviewId: string, recipients: ArchivedRecipients): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...archiveKey(interviewId), owner: recipients.owner, addresses: recipients.addresses },
        }),
      );
    } catch (err) {
      throw toDependencyError("The unsubscribe archive", err);
    }
  }

  async find(interviewId: string): Promise<ArchivedRecipients | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: archiveKey(interviewId), ConsistentRead: true }),
      );
      if (!out.Item) return undefined;
      const item = out.Item as { owner: string; addresses?: Record<string, string> };
      return { owner: item.owner, addresses: item.addresses ?? {} };
    } catch (err) {
      throw toDependencyError("The unsubscribe archive", err);
    }
  }
}
