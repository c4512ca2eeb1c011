import { DynamoSuppressionList } from "../../shared/adapters/dynamo-suppression-list.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { SuppressionList } from "../../shared/ports/suppression-list.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

export function suppressionList(config: TableConfig): SuppressionList {
  return new DynamoSuppressionList(dynamoDocumentClient(), config.tableName);
}
