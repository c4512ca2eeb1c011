import { consoleLogger } from "../shared/adapters/console-logger.js";
import { DynamoInboundLog } from "../shared/adapters/dynamo-inbound-log.js";
import { DynamoInterviewStore } from "../shared/adapters/dynamo-interview-store.js";
import { DynamoMessageIndex } from "../shared/adapters/dynamo-message-index.js";
import { DynamoSuppressionList } from "../shared/adapters/dynamo-suppression-list.js";
import { EventBridgeScheduleGateway } from "../shared/adapters/eventbridge-schedule-gateway.js";
import { processClock } from "../shared/adapters/process-clock.js";
import { S3RawMailSource } from "../shared/adapters/s3-raw-mail-source.js";
import { systemRealtime } from "../shared/adapters/system-realtime.js";
import { inboundConfigSchema } from "../shared/config/inbound-config.js";
import { parseConfig } from "../shared/config/parse-config.js";
import { inboundMessagesOf } from "../shared/events/ses-receipt-event.js";
import { verifyInterviewAddressToken } from "../shared/mail/interview-address-token.js";
import { verifyReplyToken } from "../shared/mail/reply-token.js";
import { manageToken } from "../shared/security/manage-token.js";
import { handleInboundEmail, type InboundDeps } from "../shared/use-cases/handle-inbound-email.js";
import { dynamoDocumentClient } from "./clients/dynamo-document-client.js";
import { replyTokenSecret } from "./clients/reply-token-secret.js";
import { s3Client } from "./clients/s3-client.js";
import { schedulerClient } from "./clients/scheduler-client.js";
import { sesMailerFor } from "./clients/ses-mailer-for.js";

/** Replies are small; anything bigger is rejected unread (SES itself accepts up to 40 MB). */
const MAX_BYTES = 10 * 1024 * 1024;

const config = parseConfig(inboundConfigSchema, process.env);
const log = consoleLogger({ fn: "inbound" });
const source = new S3RawMailSource(s3Client(), config.INBOUND_MAIL_BUCKET, config.INBOUND_MAIL_PREFIX);

let deps: Promise<InboundDeps> | undefined;
function buildDeps(): Promise<InboundDeps> {
  deps ??= replyTokenSecret(config).then((secret) => ({
    store: new DynamoInterviewStore(dynamoDocumentClient(), config.TABLE_NAME),
    schedules: new EventBridgeScheduleGateway(schedulerClient(), config),
    suppressions: new DynamoSuppressionList(dynamoDocumentClient(), config.TABLE_NAME),
    messages: new DynamoMessageIndex(dynamoDocumentClient(), config.TABLE_NAME),
    inboundLog: new DynamoInboundLog(dynamoDocumentClient(), config.TABLE_NAME),
    mailer: sesMailerFor(config),
    clock: processClock,
    realtime: systemRealtime,
    log,
    verifyToken: (token: string) => verifyReplyToken(secret, token),
    verifyInterviewToken: (token: string) => verifyInterviewAddressToken(secret, token),
    replyDomain: config.REPLY_DOMAIN,
    ownDomains: [config.MAIL_FROM_ADDRESS.slice(config.MAIL_FROM_ADDRESS.lastIndexOf("@") + 1)],
    limits: {
      maxForwardsPerDay: config.INBOUND_MAX_FORWARDS_PER_DAY,
      maxAwayDays: config.INBOUND_MAX_AWAY_DAYS,
      maxDateAheadDays: config.INBOUND_MAX_DATE_AHEAD_DAYS,
    },
    ...(config.PUBLIC_API_URL
      ? {
          manageUrl: (interviewId: string, stepId: string) =>
            `${config.PUBLIC_API_URL}/manage/${manageToken(secret, interviewId, stepId)}`,
        }
      : {}),
  }));
  deps.catch(() => {
    deps = undefined;
  });
  return deps;
}

/**
 * Invoked by the SES receipt rule after its S3 action stored the raw message (and, locally, by the SMTP
 * listener after it stored it the same way). A malformed event or a missing object is logged and
 * dropped; a store or S3 outage throws, so Lambda retries the event.
 */
export async function handler(event: unknown): Promise<void> {
  const unwrapped = inboundMessagesOf(event);
  if (!unwrapped.ok) {
    log.error("dropped an inbound event that is not an SES receipt", { issues: unwrapped.issues });
    return;
  }
  const ready = await buildDeps();
  for (const { messageId, verdicts } of unwrapped.records) {
    const raw = await source.read(messageId, MAX_BYTES);
    if (!raw) {
      log.error("inbound message not found in the bucket", { messageId });
      continue;
    }
    const outcome = await handleInboundEmail(ready, { raw, verdicts, sesMessageId: messageId });
    log.info("inbound message processed", { sesMessageId: messageId, ...outcome });
  }
}
