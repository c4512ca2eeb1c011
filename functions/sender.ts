import { GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";
import { consoleLogger } from "../shared/adapters/console-logger.js";
import { DynamoInterviewStore } from "../shared/adapters/dynamo-interview-store.js";
import { EventBridgeScheduleGateway } from "../shared/adapters/eventbridge-schedule-gateway.js";
import { processClock } from "../shared/adapters/process-clock.js";
import { SesMailer } from "../shared/adapters/ses-mailer.js";
import { parseConfig } from "../shared/config/parse-config.js";
import { senderConfigSchema } from "../shared/config/sender-config.js";
import { stepDuePayloadSchema } from "../shared/domain/step-due-payload.js";
import { replyToken } from "../shared/mail/reply-token.js";
import { type SendDeps, sendStep } from "../shared/use-cases/send-step.js";
import { dynamoDocumentClient } from "./clients/dynamo-document-client.js";
import { schedulerClient } from "./clients/scheduler-client.js";
import { secretsManagerClient } from "./clients/secrets-manager-client.js";
import { sesClient } from "./clients/ses-client.js";

/** SES's Message-ID domain: `email.amazonses.com` in us-east-1, `<region>.amazonses.com` elsewhere. */
function sesMessageIdDomain(region = "us-east-1"): string {
  return region === "us-east-1" ? "email.amazonses.com" : `${region}.amazonses.com`;
}

const config = parseConfig(senderConfigSchema, process.env);
const log = consoleLogger({ fn: "sender" });

async function loadSecret(): Promise<string> {
  if (config.REPLY_TOKEN_SECRET) return config.REPLY_TOKEN_SECRET;
  const out = await secretsManagerClient().send(
    new GetSecretValueCommand({ SecretId: config.REPLY_TOKEN_SECRET_ARN }),
  );
  if (!out.SecretString || out.SecretString.length < 16)
    throw new Error("The reply-token secret is empty or too short");
  return out.SecretString;
}

let deps: Promise<SendDeps> | undefined;
function buildDeps(): Promise<SendDeps> {
  deps ??= loadSecret().then((secret) => ({
    store: new DynamoInterviewStore(dynamoDocumentClient(), config.TABLE_NAME),
    schedules: new EventBridgeScheduleGateway(schedulerClient(), config),
    mailer: new SesMailer(sesClient(), {
      fromAddress: config.MAIL_FROM_ADDRESS,
      configurationSet: config.SES_CONFIGURATION_SET,
      messageIdDomain: config.SES_MESSAGE_ID_DOMAIN ?? sesMessageIdDomain(process.env.AWS_REGION),
    }),
    clock: processClock,
    log,
    links: (interview, step) => ({
      replyTo: `${replyToken(secret, interview.id, step.id)}@${config.REPLY_DOMAIN}`,
    }),
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
