import { DynamoMessageRecorder } from "../../shared/adapters/dynamo-message-recorder.js";
import { DynamoSuppressionCheck } from "../../shared/adapters/dynamo-suppression-check.js";
import { EventBridgeScheduleWriter } from "../../shared/adapters/eventbridge-schedule-writer.js";
import type { SchedulingConfig } from "../../shared/config/scheduling-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { schedulerClient } from "../clients/scheduler-client.js";

/**
 * The parts of the suppression list, message index and schedule gateway the sender calls: it looks an
 * address up, records a Message-ID and (re)schedules a step, and never suppresses, looks a message up or
 * deletes a schedule, so it bundles none of that.
 */
export function senderPorts(config: TableConfig & SchedulingConfig) {
  return {
    suppressions: new DynamoSuppressionCheck(dynamoDocumentClient(), config.tableName),
    messages: new DynamoMessageRecorder(dynamoDocumentClient(), config.tableName),
    schedules: new EventBridgeScheduleWriter(schedulerClient(), config),
  };
}
