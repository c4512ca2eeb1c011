import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  type SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import type { SchedulingConfig } from "../config/scheduling-config.js";
import type { ScheduleGateway, StepSchedule } from "../ports/schedule-gateway.js";
import { toDependencyError } from "./to-dependency-error.js";

/** A day of retries is plenty for a follow-up: after that the step goes to the DLQ and the reconciler. */
const RETRY_POLICY = { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 };

/**
 * Step schedules as EventBridge Scheduler one-shot `at()` schedules that delete themselves after firing:
 * creating or moving them, for the sender, which never deletes one; EventBridgeScheduleGateway adds that.
 */
export class EventBridgeScheduleWriter implements Pick<ScheduleGateway, "upsert"> {
  constructor(
    protected readonly client: SchedulerClient,
    protected readonly config: SchedulingConfig,
  ) {}

  async upsert(schedule: StepSchedule): Promise<void> {
    const input: CreateScheduleCommandInput = {
      Name: schedule.name,
      GroupName: this.config.scheduleGroupName,
      ScheduleExpression: `at(${schedule.localTime})`,
      ScheduleExpressionTimezone: schedule.timezone,
      FlexibleTimeWindow: { Mode: "OFF" },
      ActionAfterCompletion: "DELETE",
      State: "ENABLED",
      Target: {
        Arn: this.config.senderFunctionArn,
        RoleArn: this.config.schedulerRoleArn,
        Input: schedule.payload,
        RetryPolicy: RETRY_POLICY,
        ...(this.config.senderDeadLetterQueueArn
          ? { DeadLetterConfig: { Arn: this.config.senderDeadLetterQueueArn } }
          : {}),
      },
    };
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (err) {
      if (!(err instanceof ConflictException)) throw toDependencyError("The scheduler", err);
      // It exists (a retry, or a re-plan that moved the step): make it match.
      try {
        await this.client.send(new UpdateScheduleCommand(input));
      } catch (updateErr) {
        throw toDependencyError("The scheduler", updateErr);
      }
    }
  }
}
