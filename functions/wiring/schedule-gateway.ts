import { EventBridgeScheduleGateway } from "../../shared/adapters/eventbridge-schedule-gateway.js";
import type { SchedulingConfig } from "../../shared/config/scheduling-config.js";
import type { ScheduleGateway } from "../../shared/ports/schedule-gateway.js";
import { schedulerClient } from "../clients/scheduler-client.js";

export function scheduleGateway(config: SchedulingConfig): ScheduleGateway {
  return new EventBridgeScheduleGateway(schedulerClient(), config);
}
