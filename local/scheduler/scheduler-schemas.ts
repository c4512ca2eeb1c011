import { z } from "zod";

/** Schedule and group names, as AWS constrains them. */
export const NAME_PATTERN = /^[0-9a-zA-Z-_.]+$/;
export const NAME_MAX_LENGTH = 64;

const arn = z.string().min(1).max(1600);
// Target-specific parameters are kept so GetSchedule returns them; the emulator never interprets them.
const opaqueParameters = z.record(z.string(), z.unknown()).optional();

export const targetSchema = z.object({
  Arn: arn,
  RoleArn: arn,
  Input: z.string().min(1).optional(),
  DeadLetterConfig: z.object({ Arn: arn.optional() }).optional(),
  RetryPolicy: z
    .object({
      MaximumEventAgeInSeconds: z.int().min(60).max(86_400).optional(),
      MaximumRetryAttempts: z.int().min(0).max(185).optional(),
    })
    .optional(),
  EcsParameters: opaqueParameters,
  EventBridgeParameters: opaqueParameters,
  EventBridgePutEventsV2Parameters: opaqueParameters,
  EventBridgePutRawEventsParameters: opaqueParameters,
  KinesisParameters: opaqueParameters,
  SageMakerPipelineParameters: opaqueParameters,
  SqsParameters: opaqueParameters,
});

export const flexibleTimeWindowSchema = z
  .object({
    Mode: z.enum(["OFF", "FLEXIBLE"]),
    MaximumWindowInMinutes: z.int().min(1).max(1440).optional(),
  })
  .refine((w) => w.Mode === "OFF" || w.MaximumWindowInMinutes !== undefined, {
    message: "MaximumWindowInMinutes is required when Mode is FLEXIBLE",
    path: ["MaximumWindowInMinutes"],
  });
export type FlexibleTimeWindow = z.infer<typeof flexibleTimeWindowSchema>;

/** restJson1 timestamps arrive as epoch seconds (the SDK's choice); an ISO string is accepted too. */
const timestamp = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const date = typeof value === "number" ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "Member must be a valid timestamp" });
    return z.NEVER;
  }
  return date;
});

/** The JSON body of CreateSchedule and UpdateSchedule (the name travels in the path). */
export const scheduleBodySchema = z.object({
  ScheduleExpression: z.string().min(1).max(256),
  Target: targetSchema,
  FlexibleTimeWindow: flexibleTimeWindowSchema,
  GroupName: z.string().optional(),
  StartDate: timestamp.optional(),
  EndDate: timestamp.optional(),
  Description: z.string().max(512).optional(),
  ScheduleExpressionTimezone: z.string().min(1).max(50).optional(),
  State: z.enum(["ENABLED", "DISABLED"]).optional(),
  KmsKeyArn: z.string().min(1).max(2048).optional(),
  ClientToken: z.string().min(1).max(64).optional(),
  ActionAfterCompletion: z.enum(["NONE", "DELETE"]).optional(),
});
export type ScheduleBody = z.infer<typeof scheduleBodySchema>;

const tagSchema = z.object({ Key: z.string().min(1).max(128), Value: z.string().max(256) });

export const scheduleGroupBodySchema = z.object({
  Tags: z.array(tagSchema).max(200).optional(),
  ClientToken: z.string().min(1).max(64).optional(),
});

const isoDate = z.iso.datetime();

export const scheduleRecordSchema = z.object({
  name: z.string(),
  groupName: z.string(),
  arn: z.string(),
  expression: z.string(),
  timezone: z.string().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  description: z.string().optional(),
  state: z.enum(["ENABLED", "DISABLED"]),
  kmsKeyArn: z.string().optional(),
  actionAfterCompletion: z.enum(["NONE", "DELETE"]),
  flexibleTimeWindow: flexibleTimeWindowSchema,
  target: targetSchema,
  creationDate: isoDate,
  lastModificationDate: isoDate,
  clientToken: z.string().optional(),
  /** When it is next due; absent when nothing is left to fire (a fired at(), a cron, past EndDate). */
  nextDueAt: isoDate.optional(),
  /** Set while a firing runs; found set on start-up it means the process died mid-firing, so it fires again. */
  firing: z.object({ dueAt: isoDate }).optional(),
});
export type ScheduleRecord = z.infer<typeof scheduleRecordSchema>;

export const groupRecordSchema = z.object({
  name: z.string(),
  arn: z.string(),
  creationDate: isoDate,
  lastModificationDate: isoDate,
  clientToken: z.string().optional(),
  tags: z.array(tagSchema),
});
export type GroupRecord = z.infer<typeof groupRecordSchema>;

export const deadLetterRecordSchema = z.object({
  name: z.string(),
  groupName: z.string(),
  targetArn: z.string(),
  input: z.string(),
  error: z.string(),
  at: isoDate,
  deadLetterArn: z.string().optional(),
});
export type DeadLetterRecord = z.infer<typeof deadLetterRecordSchema>;

export const schedulerStateSchema = z.object({
  version: z.literal(1),
  /** The last journal entry this snapshot includes; entries up to it are skipped on load. Absent before journals. */
  journalSeq: z.int().min(0).optional(),
  groups: z.array(groupRecordSchema),
  schedules: z.array(scheduleRecordSchema),
  deadLetters: z.array(deadLetterRecordSchema),
});
export type SchedulerState = z.infer<typeof schedulerStateSchema>;

/** One line of `scheduler.journal`: a change applied after the snapshot, `seq` strictly increasing. */
export const journalEntrySchema = z.discriminatedUnion("op", [
  z.object({ seq: z.int().min(1), op: z.literal("putSchedule"), schedule: scheduleRecordSchema }),
  z.object({ seq: z.int().min(1), op: z.literal("deleteSchedule"), groupName: z.string(), name: z.string() }),
  z.object({ seq: z.int().min(1), op: z.literal("putGroup"), group: groupRecordSchema }),
  z.object({ seq: z.int().min(1), op: z.literal("deleteGroup"), name: z.string() }),
  z.object({ seq: z.int().min(1), op: z.literal("deadLetter"), deadLetter: deadLetterRecordSchema }),
]);
export type JournalEntry = z.infer<typeof journalEntrySchema>;
