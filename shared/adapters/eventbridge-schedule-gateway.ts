import { DeleteScheduleCommand, ResourceNotFoundException } from "@aws-sdk/client-scheduler";
import type { ScheduleGateway } from "../ports/schedule-gateway.js";
import { EventBridgeScheduleWriter } from "./eventbridge-schedule-writer.js";
import { toDependencyError } from "./to-dependency-error.js";

/** The step schedules (see EventBridgeScheduleWriter): created, moved and deleted. */
export class EventBridgeScheduleGateway extends EventBridgeScheduleWriter implements ScheduleGateway {
  async remove(name: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteScheduleCommand({ Name: name, GroupName: this.config.scheduleGroupName }),
      );
    } catch (err) {
      if (err instanceof ResourceNotFoundException) return;
      throw toDependencyError("The scheduler", err);
    }
  }
}
