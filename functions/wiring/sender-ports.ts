import { DynamoSuppressionCheck } from "../../shared/adapters/dynamo-suppression-check.js";
import { EventBridgeScheduleWriter } from "../../shared/adapters/eventbridge-schedule-writer.js";
import type { SchedulingConfig } from "../../shared/config/scheduling-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { schedulerClient } from "../clients/scheduler-client.js";

/**
 * The parts of the suppression list and schedule gateway the sender calls: it looks an address up and
 * (re)schedules a step, and never suppresses or deletes a schedule, so it bundles none of that. (The
 * Message-ID of a sent email is indexed by ses-events, from SES's Send event.)
 */
export function senderPorts(config: TableConfig & SchedulingConfig) {
  return {
    suppressions: new DynamoSuppressionCheck(dynamoDocumentClient(), config.tableName),
    schedules: new EventBridgeScheduleWriter(schedulerClient(), config),
  };
}
