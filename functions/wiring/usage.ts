import { DynamoOwnerQuotaLedger } from "../../shared/adapters/dynamo-owner-quota-ledger.js";
import { DynamoQuotaCounter } from "../../shared/adapters/dynamo-quota-counter.js";
import type { QuotaConfig } from "../../shared/config/quota-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { UsageDeps } from "../../shared/use-cases/reserve-usage.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/** The per-owner quotas: their records on the table, their limits from the environment. */
export function usage(config: TableConfig & QuotaConfig): UsageDeps {
  return {
    counter: new DynamoQuotaCounter(dynamoDocumentClient(), config.tableName),
    ledger: new DynamoOwnerQuotaLedger(dynamoDocumentClient(), config.tableName),
    limits: config.quotas,
  };
}
