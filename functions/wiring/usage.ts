import { DynamoOwnerQuotaLedger } from "../../shared/adapters/dynamo-owner-quota-ledger.js";
import { dynamoOwnerQuotaRelease } from "../../shared/adapters/dynamo-owner-quota-release.js";
import { dynamoOwnerQuotaTake } from "../../shared/adapters/dynamo-owner-quota-take.js";
import { dynamoQuotaAddWithin } from "../../shared/adapters/dynamo-quota-add-within.js";
import { DynamoQuotaCounter } from "../../shared/adapters/dynamo-quota-counter.js";
import { dynamoQuotaRelease } from "../../shared/adapters/dynamo-quota-release.js";
import type { QuotaConfig } from "../../shared/config/quota-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type {
  ChangeUsageDeps,
  RegistrationUsageDeps,
  UsageDeps,
} from "../../shared/use-cases/reserve-usage.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/** The per-owner quotas, whole (GET /usage): their records on the table, their limits from the environment. */
export function usage(config: TableConfig & QuotaConfig): UsageDeps {
  return {
    counter: new DynamoQuotaCounter(dynamoDocumentClient(), config.tableName),
    ledger: new DynamoOwnerQuotaLedger(dynamoDocumentClient(), config.tableName),
    limits: config.quotas,
  };
}

/** Registration's share: the owner's record's take and give-back, no counter (a planner route's bytes). */
export function registrationUsage(config: TableConfig & QuotaConfig): RegistrationUsageDeps {
  const table = { client: dynamoDocumentClient(), tableName: config.tableName };
  return {
    ledger: { take: dynamoOwnerQuotaTake(table), release: dynamoOwnerQuotaRelease(table) },
    limits: config.quotas,
  };
}

/** An update's share: registration's and the counters' plain add and give-back (contact replacements). */
export function changeUsage(config: TableConfig & QuotaConfig): ChangeUsageDeps {
  const table = { client: dynamoDocumentClient(), tableName: config.tableName };
  return {
    ...registrationUsage(config),
    counter: { add: dynamoQuotaAddWithin(table), release: dynamoQuotaRelease(table) },
  };
}
