import { DynamoInterviewStore } from "../../shared/adapters/dynamo-interview-store.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { InterviewStore } from "../../shared/ports/interview-store.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

export function interviewStore(config: TableConfig): InterviewStore {
  return new DynamoInterviewStore(dynamoDocumentClient(), config.tableName);
}
