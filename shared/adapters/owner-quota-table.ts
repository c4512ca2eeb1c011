import type { DocumentClient } from "./document-client.js";
import { ANY_VERSION, LEDGER_VERSION } from "./owner-record-attributes.js";

/**
 * The table the owner's quota record is on: each of the ledger's operations (dynamo-owner-quota-*.ts) is
 * built from it alone, so a Lambda bundles only the operations it calls.
 */
export interface OwnerQuotaTable {
  client: DocumentClient;
  tableName: string;
}

/** What an outage of the record is called in the 503-mapped error. */
export const OWNER_QUOTA_DEPENDENCY = "The quota records";

/** Every ledger write bumps both versions (see owner-record-attributes.ts). */
export const OWNER_QUOTA_BUMP = { "#lv": LEDGER_VERSION, "#v": ANY_VERSION };
