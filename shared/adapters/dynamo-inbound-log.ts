import { randomBytes } from "node:crypto";
import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { InboundLog, InboundLogEntry } from "../ports/inbound-log.js";
import type { DocumentClient } from "./document-client.js";
import { toDependencyError } from "./to-dependency-error.js";

/** Long enough to investigate a complaint about a lost reply; then DynamoDB's TTL removes it. */
const KEEP_SECONDS = 90 * 86_400;

/** The inbound log on the same table: one partition per UTC day, sorted by time. */
export class DynamoInboundLog implements InboundLog {
  constructor(
    private readonly client: DocumentClient,
    private readonly tableName: string,
  ) {}

  async record(entry: InboundLogEntry): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: `INBOUND#${entry.at.slice(0, 10)}`,
            sk: `${entry.at}#${randomBytes(4).toString("hex")}`,
            ...entry,
            expiresAt: Math.floor(Date.parse(entry.at) / 1000) + KEEP_SECONDS,
          },
        }),
      );
    } catch (err) {
      throw toDependencyError("The inbound log", err);
    }
  }

  async day(date: string, limit: number): Promise<InboundLogEntry[]> {
    try {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": `INBOUND#${date}` },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((item) => {
        const { pk: _pk, sk: _sk, expiresAt: _e, ...entry } = item;
        return entry as InboundLogEntry;
      });
    } catch (err) {
      throw toDependencyError("The inbound log", err);
    }
  }
}
