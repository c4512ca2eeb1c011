import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Suppression, SuppressionList, SuppressionReason } from "../ports/suppression-list.js";
import type { DocumentClient } from "./document-client.js";
import { toDependencyError } from "./to-dependency-error.js";

export const suppressionKey = (owner: string, email: string) => ({
  pk: `SUPPRESSION#${encodeURIComponent(owner)}`,
  sk: email.trim().toLowerCase(),
});

/**
 * Suppressions as small items on the interview table (one per owner and address), so no new table, and a
 * lookup is one consistent GetItem. They carry no index attributes, so owner listings never see them.
 * The lookup alone; DynamoSuppressionList adds the writes. (The sender reads neither: it finds an address's
 * suppression as the mark on the owner's record, in the write that takes the day's email.)
 */
export class DynamoSuppressionCheck implements Pick<SuppressionList, "isSuppressed"> {
  constructor(
    protected readonly client: DocumentClient,
    protected readonly tableName: string,
  ) {}

  async isSuppressed(owner: string, email: string): Promise<Suppression | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: suppressionKey(owner, email),
          ConsistentRead: true,
        }),
      );
      if (!out.Item) return undefined;
      const item = out.Item as { sk: string; reason: SuppressionReason; at: string };
      return { email: item.sk, reason: item.reason, at: item.at };
    } catch (err) {
      throw toDependencyError("The suppression list", err);
    }
  }
}
