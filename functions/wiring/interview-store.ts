import { DynamoInterviewStore } from "../../shared/adapters/dynamo-interview-store.js";
import { type InterviewStoreOps, interviewStoreOf } from "../../shared/adapters/interview-store-of.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { InterviewStore } from "../../shared/ports/interview-store.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

/** The whole interview store on the table. */
export function interviewStore(config: TableConfig): InterviewStore {
  return new DynamoInterviewStore(dynamoDocumentClient(), config.tableName);
}

/** Only the store operations named (e.g. `{ get: dynamoGetInterview }`): the entry bundles only those. */
export function interviewStoreWith<K extends keyof InterviewStore>(
  config: TableConfig,
  ops: InterviewStoreOps<K>,
): Pick<InterviewStore, K> {
  return interviewStoreOf({ client: dynamoDocumentClient(), tableName: config.tableName }, ops);
}
