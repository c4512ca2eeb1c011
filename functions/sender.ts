import { consoleLogger } from "../shared/adapters/console-logger.js";
import { DynamoInterviewStore } from "../shared/adapters/dynamo-interview-store.js";
import { DynamoMessageIndex } from "../shared/adapters/dynamo-message-index.js";
import { DynamoSuppressionList } from "../shared/adapters/dynamo-suppression-list.js";
import { EventBridgeScheduleGateway } from "../shared/adapters/eventbridge-schedule-gateway.js";
import { processClock } from "../shared/adapters/process-clock.js";
import { systemRealtime } from "../shared/adapters/system-realtime.js";
import { parseConfig } from "../shared/config/parse-config.js";
import { senderConfigSchema } from "../shared/config/sender-config.js";
import type { Interview } from "../shared/domain/interview.js";
import type { Step } from "../shared/domain/step.js";
import { stepDuePayloadSchema } from "../shared/domain/step-due-payload.js";
import type { StepLinks } from "../shared/mail/compose-step-email.js";
import { replyToken } from "../shared/mail/reply-token.js";
import { manageToken } from "../shared/security/manage-token.js";
import { unsubscribeToken } from "../shared/security/unsubscribe-token.js";
import { type SendDeps, sendStep } from "../shared/use-cases/send-step.js";
import { dynamoDocumentClient } from "./clients/dynamo-document-client.js";
import { replyTokenSecret } from "./clients/reply-token-secret.js";
import { schedulerClient } from "./clients/scheduler-client.js";
import { sesMailerFor } from "./clients/ses-mailer-for.js";
import { usageDeps } from "./usage-deps.js";

const config = parseConfig(senderConfigSchema, process.env);
const log = consoleLogger({ fn: "sender" });
const usage = usageDeps();

/**
 * The signed Reply-To address of a step and, when the deployment has a public URL: for emails to contacts
 * the one-click unsubscribe URL, for reminders to the candidate the link to stop or snooze the chain.
 */
function linksWith(secret: string) {
  return (interview: Pick<Interview, "id">, step: Pick<Step, "id" | "channel">): StepLinks => ({
    replyTo: `${replyToken(secret, interview.id, step.id)}@${config.REPLY_DOMAIN}`,
    // Contacts get an unsubscribe link only: the manage link stops a candidate's whole chain.
    ...(config.PUBLIC_API_URL && step.channel === "email"
      ? {
          unsubscribeUrl: `${config.PUBLIC_API_URL}/unsubscribe/${unsubscribeToken(secret, interview.id, step.id)}`,
        }
      : {}),
    ...(config.PUBLIC_API_URL && step.channel === "reminder"
      ? { manageUrl: `${config.PUBLIC_API_URL}/manage/${manageToken(secret, interview.id, step.id)}` }
      : {}),
  });
}

/** The links this deployment puts in a step's email (exported for tests). */
export async function stepLinks() {
  return linksWith(await replyTokenSecret(config));
}

let deps: Promise<SendDeps> | undefined;
function buildDeps(): Promise<SendDeps> {
  deps ??= replyTokenSecret(config).then((secret) => ({
    store: new DynamoInterviewStore(dynamoDocumentClient(), config.TABLE_NAME),
    suppressions: new DynamoSuppressionList(dynamoDocumentClient(), config.TABLE_NAME),
    messages: new DynamoMessageIndex(dynamoDocumentClient(), config.TABLE_NAME),
    schedules: new EventBridgeScheduleGateway(schedulerClient(), config),
    mailer: sesMailerFor(config),
    clock: processClock,
    realtime: systemRealtime,
    log,
    links: linksWith(secret),
    usage,
  }));
  deps.catch(() => {
    deps = undefined;
  });
  return deps;
}

/**
 * The target of every step schedule. A payload that does not parse is logged and dropped (returning
 * normally, so the scheduler does not retry it forever); a transient failure throws, so the schedule's
 * retry policy (then its DLQ) takes over.
 */
export async function handler(event: unknown): Promise<void> {
  const parsed = stepDuePayloadSchema.safeParse(event);
  if (!parsed.success) {
    log.error("dropped a schedule payload that is not a step", {
      issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    });
    return;
  }
  const outcome = await sendStep(await buildDeps(), parsed.data);
  log.info("step processed", {
    interviewId: parsed.data.interviewId,
    stepId: parsed.data.stepId,
    ...outcome,
  });
}
