import { DynamoInboundLog } from "../../shared/adapters/dynamo-inbound-log.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import type { InboundLog } from "../../shared/ports/inbound-log.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";

export function inboundLog(config: TableConfig): InboundLog {
  return new DynamoInboundLog(dynamoDocumentClient(), config.tableName);
}
