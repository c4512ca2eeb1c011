import { type InterviewStoreOps, interviewStoreOf } from "../../shared/adapters/interview-store-of.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { InterviewStore } from "../../shared/ports/interview-store.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/**
 * Only the store operations named (e.g. `{ get: dynamoGetInterview }`): the entry bundles only those, and
 * only an entry that names `remove` needs dynamodb:DeleteItem (test/infra/table-delete-grants.test.ts).
 * There is no whole-store builder on purpose: it would carry every operation into every bundle.
 */
export function interviewStoreWith<K extends keyof InterviewStore>(
  config: TableConfig,
  ops: InterviewStoreOps<K>,
): Pick<InterviewStore, K> {
  return interviewStoreOf({ client: dynamoDocumentClient(), tableName: config.tableName }, ops);
}
