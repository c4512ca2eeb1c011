import { DynamoQuotaCounter } from "../../shared/adapters/dynamo-quota-counter.js";
import type { QuotaConfig } from "../../shared/config/quota-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { EmailUsageDeps } from "../../shared/use-cases/reserve-email-usage.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/**
 * The sender's share of the per-owner quotas: the counter on the table and the limits from the environment.
 * Not the contact markers, which only registration reads: the sender does not bundle their adapter.
 */
export function emailUsage(config: TableConfig & QuotaConfig): EmailUsageDeps {
  return {
    counter: new DynamoQuotaCounter(dynamoDocumentClient(), config.tableName),
    limits: config.quotas,
  };
}
