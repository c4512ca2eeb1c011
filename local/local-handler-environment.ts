import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_PIECE_NAMES } from "../shared/config/config-pieces.js";
import { environmentFor } from "../shared/config/environment-for.js";
import {
  LOCAL_ACCOUNT,
  LOCAL_CONFIGURATION_SET,
  LOCAL_INBOUND_BUCKET,
  LOCAL_INBOUND_PREFIX,
  LOCAL_REGION,
  LOCAL_REPLY_DOMAIN,
  LOCAL_SCHEDULE_GROUP,
  LOCAL_TABLE,
  SENDER_ARN,
} from "./local-names.js";

/** A secret that survives restarts, generated on first start (local only: AWS keeps it in Secrets Manager). */
function localSecret(dataDir: string, name: string): string {
  const file = join(dataDir, `${name}.secret`);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/**
 * The handlers' environment in the local stack: the SDK's own settings point the real handlers at the
 * emulators; ours come from the catalogue, as the CDK app sets them (the API's public URL is added once the
 * gateway listens).
 */
export function localHandlerEnvironment(
  dataDir: string,
  urls: { dynamo: string; scheduler: string; ses: string; s3: string },
): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_ENDPOINT_URL_DYNAMODB: urls.dynamo,
    AWS_ENDPOINT_URL_SCHEDULER: urls.scheduler,
    AWS_ENDPOINT_URL_SESV2: urls.ses,
    AWS_ENDPOINT_URL_S3: urls.s3,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    ...environmentFor(CONFIG_PIECE_NAMES, {
      tableName: LOCAL_TABLE,
      scheduleGroupName: LOCAL_SCHEDULE_GROUP,
      senderFunctionArn: SENDER_ARN,
      schedulerRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/followup-scheduler`,
      senderDeadLetterQueueArn: `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:followup-sender-dlq`,
      mailFromAddress: "followups@followup.local",
      replyDomain: LOCAL_REPLY_DOMAIN,
      sesConfigurationSet: LOCAL_CONFIGURATION_SET,
      replyTokenSecret: localSecret(dataDir, "reply-token"),
      inboundMailBucket: LOCAL_INBOUND_BUCKET,
      inboundMailPrefix: LOCAL_INBOUND_PREFIX,
    }),
  };
}
