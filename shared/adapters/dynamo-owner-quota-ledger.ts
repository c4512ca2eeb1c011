import type { OwnerQuotaLedger } from "../ports/owner-quota-ledger.js";
import type { DocumentClient } from "./document-client.js";
import { dynamoOwnerQuotaRead } from "./dynamo-owner-quota-read.js";
import { dynamoOwnerQuotaRelease } from "./dynamo-owner-quota-release.js";
import { dynamoOwnerQuotaTake } from "./dynamo-owner-quota-take.js";

/**
 * The owner's quota record as one item (dynamo-owner-quota-take.ts says how a take is written), whole. Each
 * operation is a module of its own beside this one: registration and updates build only the take and the
 * give-back (functions/wiring/usage.ts), GET /usage all three.
 */
export class DynamoOwnerQuotaLedger implements OwnerQuotaLedger {
  readonly take: OwnerQuotaLedger["take"];
  readonly release: OwnerQuotaLedger["release"];
  readonly read: OwnerQuotaLedger["read"];

  constructor(client: DocumentClient, tableName: string) {
    const table = { client, tableName };
    this.take = dynamoOwnerQuotaTake(table);
    this.release = dynamoOwnerQuotaRelease(table);
    this.read = dynamoOwnerQuotaRead(table);
  }
}
