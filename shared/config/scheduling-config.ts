import * as z from "zod/mini";
import { nonEmpty, plainNonEmpty } from "./parse-config.js";

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
  const group = plainNonEmpty(env.SCHEDULE_GROUP_NAME);
  const sender = plainNonEmpty(env.SENDER_FUNCTION_ARN);
  const role = plainNonEmpty(env.SCHEDULER_ROLE_ARN);
  if (group === undefined || sender === undefined || role === undefined) return undefined;
  const variables = { SCHEDULE_GROUP_NAME: group, SENDER_FUNCTION_ARN: sender, SCHEDULER_ROLE_ARN: role };
  if (env.SENDER_DLQ_ARN === undefined) return variables;
  const deadLetters = plainNonEmpty(env.SENDER_DLQ_ARN);
  return deadLetters === undefined ? undefined : { ...variables, SENDER_DLQ_ARN: deadLetters };
}
