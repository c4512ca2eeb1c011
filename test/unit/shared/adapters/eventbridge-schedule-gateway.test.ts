import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  ValidationException,
} from "@aws-sdk/client-scheduler";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { EventBridgeScheduleGateway } from "../../../../shared/adapters/eventbridge-schedule-gateway.js";
import type { SchedulingConfig } from "../../../../shared/config/scheduling-config.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import type { StepSchedule } from "../../../../shared/ports/schedule-gateway.js";

const CONFIG: SchedulingConfig = {
  scheduleGroupName: "followups-steps",
  senderFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:sender",
  schedulerRoleArn: "arn:aws:iam::123456789012:role/scheduler-invokes-sender",
  senderDeadLetterQueueArn: "arn:aws:sqs:us-east-1:123456789012:sender-dlq",
};

const SCHEDULE: StepSchedule = {
  name: "fu-01KQ8Z3M4N5P6R7S8T9V0W1X2Y-s1",
  localTime: "2026-11-24T09:30:00",
  timezone: "Europe/London",
  payload: '{"type":"followup.step.due","v":1,"interviewId":"01KQ8Z3M4N5P6R7S8T9V0W1X2Y","stepId":"s1"}',
};

const scheduler = mockClient(SchedulerClient);
const client = new SchedulerClient({ region: "us-east-1" });
const gateway = new EventBridgeScheduleGateway(client, CONFIG);

const EXPECTED_INPUT = {
  Name: SCHEDULE.name,
  GroupName: "followups-steps",
  ScheduleExpression: "at(2026-11-24T09:30:00)",
  ScheduleExpressionTimezone: "Europe/London",
  FlexibleTimeWindow: { Mode: "OFF" },
  ActionAfterCompletion: "DELETE",
  State: "ENABLED",
  Target: {
    Arn: CONFIG.senderFunctionArn,
    RoleArn: CONFIG.schedulerRoleArn,
    Input: SCHEDULE.payload,
    RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
    DeadLetterConfig: { Arn: CONFIG.senderDeadLetterQueueArn },
  },
};

beforeEach(() => {
  scheduler.reset();
});

describe("EventBridgeScheduleGateway.upsert", () => {
  it("creates a one-shot at() schedule in the step's zone that deletes itself, with retries and a DLQ", async () => {
    await gateway.upsert(SCHEDULE);

    expect(scheduler.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input)).toEqual([
      EXPECTED_INPUT,
    ]);
    expect(scheduler.commandCalls(UpdateScheduleCommand)).toHaveLength(0);
  });

  it("leaves the dead-letter config out when no DLQ is configured", async () => {
    const { senderDeadLetterQueueArn: _, ...withoutDlq } = CONFIG;
    await new EventBridgeScheduleGateway(client, withoutDlq).upsert(SCHEDULE);

    expect(scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input.Target).not.toHaveProperty(
      "DeadLetterConfig",
    );
  });

  it("moves an existing schedule with UpdateSchedule when the name is taken", async () => {
    scheduler.on(CreateScheduleCommand).rejects(
      new ConflictException({
        message: "Schedule already exists",
        Message: "Schedule already exists",
        $metadata: { httpStatusCode: 409 },
      }),
    );

    await gateway.upsert(SCHEDULE);

    expect(scheduler.commandCalls(UpdateScheduleCommand).map((c) => c.args[0].input)).toEqual([
      EXPECTED_INPUT,
    ]);
  });

  it("fails with the scheduler's error when the update also fails", async () => {
    const refused = new ValidationException({
      message: "bad expression",
      Message: "bad expression",
      $metadata: { httpStatusCode: 400 },
    });
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ message: "exists", Message: "exists", $metadata: {} }));
    scheduler.on(UpdateScheduleCommand).rejects(refused);

    await expect(gateway.upsert(SCHEDULE)).rejects.toBe(refused);
  });

  it("does not fall back to an update for any other error", async () => {
    const refused = new ValidationException({
      message: "bad expression",
      Message: "bad expression",
      $metadata: { httpStatusCode: 400 },
    });
    scheduler.on(CreateScheduleCommand).rejects(refused);

    await expect(gateway.upsert(SCHEDULE)).rejects.toBe(refused);
    expect(scheduler.commandCalls(UpdateScheduleCommand)).toHaveLength(0);
  });

  it("turns an outage into a 503 DependencyUnavailableError", async () => {
    scheduler.on(CreateScheduleCommand).rejects(
      Object.assign(new Error("Rate exceeded"), {
        name: "ThrottlingException",
        $metadata: { httpStatusCode: 400 },
      }),
    );

    await expect(gateway.upsert(SCHEDULE)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});

describe("EventBridgeScheduleGateway.remove", () => {
  it("deletes the schedule by name in the group", async () => {
    await gateway.remove(SCHEDULE.name);

    expect(scheduler.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input)).toEqual([
      { Name: SCHEDULE.name, GroupName: "followups-steps" },
    ]);
  });

  it("treats a schedule that is already gone as removed", async () => {
    scheduler.on(DeleteScheduleCommand).rejects(
      new ResourceNotFoundException({
        message: "not found",
        Message: "not found",
        $metadata: { httpStatusCode: 404 },
      }),
    );

    await expect(gateway.remove(SCHEDULE.name)).resolves.toBeUndefined();
  });

  it("fails on any other error", async () => {
    scheduler
      .on(DeleteScheduleCommand)
      .rejects(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));

    await expect(gateway.remove(SCHEDULE.name)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
