import { DynamoUnsubscribeArchive } from "../../shared/adapters/dynamo-unsubscribe-archive.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { UnsubscribeArchive } from "../../shared/ports/unsubscribe-archive.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

export function unsubscribeArchive(config: TableConfig): UnsubscribeArchive {
  return new DynamoUnsubscribeArchive(dynamoDocumentClient(), config.tableName);
}
