import * as z from "zod/mini";
import { nonEmpty, plainNonEmptyOf } from "./parse-config.js";

/** What a function needs to create the one-shot schedules that fire the sender. */
export const schedulingConfigShape = () => ({
  SCHEDULE_GROUP_NAME: nonEmpty(),
  SENDER_FUNCTION_ARN: nonEmpty(),
  SCHEDULER_ROLE_ARN: nonEmpty(),
  /** Where the scheduler puts a step it could not deliver after its retries. */
  SENDER_DLQ_ARN: z.optional(nonEmpty()),
});
export const schedulingConfigSchema = /* @__PURE__ */ z.lazy(() => z.object(schedulingConfigShape()));

export interface SchedulingConfig {
  scheduleGroupName: string;
  senderFunctionArn: string;
  schedulerRoleArn: string;
  senderDeadLetterQueueArn?: string | undefined;
}
export const readSchedulingConfig = (c: z.infer<typeof schedulingConfigSchema>): SchedulingConfig => ({
  scheduleGroupName: c.SCHEDULE_GROUP_NAME,
  senderFunctionArn: c.SENDER_FUNCTION_ARN,
  schedulerRoleArn: c.SCHEDULER_ROLE_ARN,
  senderDeadLetterQueueArn: c.SENDER_DLQ_ARN,
});

/** The scheduling variables as their schema gives them, read without zod (plain-pieces.ts). */
export function plainSchedulingConfig(
  env: Record<string, string | undefined>,
): z.infer<typeof schedulingConfigSchema> | undefined {
  return plainNonEmptyOf(
    env,
    ["SCHEDULE_GROUP_NAME", "SENDER_FUNCTION_ARN", "SCHEDULER_ROLE_ARN"],
    ["SENDER_DLQ_ARN"],
  );
}
