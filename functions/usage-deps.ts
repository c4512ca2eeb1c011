import { DynamoQuotaContactMarkers } from "../shared/adapters/dynamo-quota-contact-markers.js";
import { DynamoQuotaCounter } from "../shared/adapters/dynamo-quota-counter.js";
import { parseConfig } from "../shared/config/parse-config.js";
import { quotaConfigSchema, quotaLimitsFrom } from "../shared/config/quota-config.js";
import { tableConfigSchema } from "../shared/config/table-config.js";
import type { UsageDeps } from "../shared/use-cases/reserve-usage.js";
import { dynamoDocumentClient } from "./clients/dynamo-document-client.js";

/** The per-owner quotas: their counters and contact records on the table, their limits from the environment. */
export function usageDeps(env = process.env): UsageDeps {
  const table = parseConfig(tableConfigSchema, env).TABLE_NAME;
  return {
    counter: new DynamoQuotaCounter(dynamoDocumentClient(), table),
    contacts: new DynamoQuotaContactMarkers(dynamoDocumentClient(), table),
    limits: quotaLimitsFrom(parseConfig(quotaConfigSchema, env)),
  };
}
