import { DynamoOwnerEmailGate } from "../../shared/adapters/dynamo-owner-email-gate.js";
import { EventBridgeScheduleWriter } from "../../shared/adapters/eventbridge-schedule-writer.js";
import type { SchedulingConfig } from "../../shared/config/scheduling-config.js";
import type { TableConfig } from "../../shared/config/table-config.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { schedulerClient } from "../clients/scheduler-client.js";

/**
 * The owner-record gate and the part of the schedule gateway the sender calls: it passes an email to a
 * contact through the owner's record (suppression and the day's quota in one write) and (re)schedules a
 * step, and never suppresses or deletes a schedule, so it bundles none of that. (The Message-ID of a sent
 * email is indexed by ses-events, from SES's Send event.)
 */
export function senderPorts(config: TableConfig & SchedulingConfig) {
  return {
    gate: new DynamoOwnerEmailGate(dynamoDocumentClient(), config.tableName),
    schedules: new EventBridgeScheduleWriter(schedulerClient(), config),
  };
}
