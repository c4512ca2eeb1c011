import { dynamoQuotaAdd } from "../../shared/adapters/dynamo-quota-add.js";
import type { QuotaConfig } from "../../shared/config/quota-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { EmailUsageDeps } from "../../shared/use-cases/reserve-email-usage.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/**
 * The sender's share of the per-owner quotas: the counter's `add` on the table and the limits from the
 * environment. Not the owner's quota record, which only registration and edits take, nor the counter's
 * `release` and `read`, which the sender never calls: the sender does not bundle their adapters.
 */
export function emailUsage(config: TableConfig & QuotaConfig): EmailUsageDeps {
  return {
    counter: { add: dynamoQuotaAdd({ client: dynamoDocumentClient(), tableName: config.tableName }) },
    limits: config.quotas,
  };
}
