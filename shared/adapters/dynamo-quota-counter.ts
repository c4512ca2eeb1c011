import type { QuotaCounter } from "../ports/quota-counter.js";
import type { DocumentClient } from "./document-client.js";
import { dynamoQuotaAdd } from "./dynamo-quota-add.js";
import { dynamoQuotaRead } from "./dynamo-quota-read.js";
import { dynamoQuotaRelease } from "./dynamo-quota-release.js";

/**
 * The per-owner quota counters on the single table (quota-counter-table.ts), whole. Each operation is a
 * module of its own (dynamo-quota-*.ts beside this one); the sender builds only `add`.
 */
export class DynamoQuotaCounter implements QuotaCounter {
  readonly add: QuotaCounter["add"];
  readonly release: QuotaCounter["release"];
  readonly read: QuotaCounter["read"];

  constructor(client: DocumentClient, tableName: string) {
    const table = { client, tableName };
    this.add = dynamoQuotaAdd(table);
    this.release = dynamoQuotaRelease(table);
    this.read = dynamoQuotaRead(table);
  }
}
