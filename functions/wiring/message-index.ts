import { DynamoMessageIndex } from "../../shared/adapters/dynamo-message-index.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { MessageIndex } from "../../shared/ports/message-index.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

export function messageIndex(config: TableConfig): MessageIndex {
  return new DynamoMessageIndex(dynamoDocumentClient(), config.tableName);
}
