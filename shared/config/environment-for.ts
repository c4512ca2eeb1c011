import {
  CONFIG_PIECES,
  type ConfigPieceName,
  type ConfigPieces,
  type EnvironmentValues,
} from "./config-pieces.js";

const text = (n: number | undefined) => (n === undefined ? undefined : String(n));

/** How a deployment's values fill each piece's variables (kept out of config-pieces.ts: no Lambda needs it). */
const PIECE_ENVIRONMENT: {
  [K in ConfigPieceName]: (
    v: EnvironmentValues,
  ) => Record<keyof ConfigPieces[K]["shape"], string | undefined>;
} = {
  table: (v) => ({ TABLE_NAME: v.tableName }),
  scheduling: (v) => ({
    SCHEDULE_GROUP_NAME: v.scheduleGroupName,
    SENDER_FUNCTION_ARN: v.senderFunctionArn,
    SCHEDULER_ROLE_ARN: v.schedulerRoleArn,
    SENDER_DLQ_ARN: v.senderDeadLetterQueueArn,
  }),
  replyToken: (v) => ({
    REPLY_TOKEN_SECRET: v.replyTokenSecret,
    REPLY_TOKEN_SECRET_ARN: v.replyTokenSecretArn,
  }),
  mail: (v) => ({
    MAIL_FROM_ADDRESS: v.mailFromAddress,
    REPLY_DOMAIN: v.replyDomain,
    SES_CONFIGURATION_SET: v.sesConfigurationSet,
    SES_MESSAGE_ID_DOMAIN: v.sesMessageIdDomain,
  }),
  ownAddresses: (v) => ({ MAIL_FROM_ADDRESS: v.mailFromAddress, REPLY_DOMAIN: v.replyDomain }),
  quota: (v) => ({
    QUOTA_INTERVIEWS_PER_DAY: text(v.quotas?.interviews_per_day),
    QUOTA_EMAILS_PER_DAY: text(v.quotas?.emails_per_day),
    QUOTA_CONTACTS_PER_30_DAYS: text(v.quotas?.contacts_per_30_days),
    QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW: text(v.quotas?.contact_replacements_per_interview),
  }),
  inboundMail: (v) => ({
    INBOUND_MAIL_BUCKET: v.inboundMailBucket,
    INBOUND_MAIL_PREFIX: v.inboundMailPrefix,
  }),
  inboundLimits: (v) => ({
    INBOUND_MAX_FORWARDS_PER_DAY: text(v.inboundMaxForwardsPerDay),
    INBOUND_MAX_AWAY_DAYS: text(v.inboundMaxAwayDays),
    INBOUND_MAX_DATE_AHEAD_DAYS: text(v.inboundMaxDateAheadDays),
  }),
  publicApiUrl: (v) => ({ PUBLIC_API_URL: v.publicApiUrl }),
  messageIdDomain: (v) => ({ SES_MESSAGE_ID_DOMAIN: v.sesMessageIdDomain }),
};

/**
 * The environment variables of the given pieces, filled from `values`. A variable without a value is left
 * out when it has a default or is optional, and is an error when the function could not start without it:
 * a deploy (or local stack) that forgot one fails here, by name, not at the function's cold start.
 */
export function environmentFor(
  pieces: readonly ConfigPieceName[],
  values: EnvironmentValues,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of new Set(pieces)) {
    const { shape } = CONFIG_PIECES[name] as {
      shape: Record<string, { safeParse(v: unknown): { success: boolean } }>;
    };
    const fill = PIECE_ENVIRONMENT[name] as (v: EnvironmentValues) => Record<string, string | undefined>;
    for (const [variable, value] of Object.entries(fill(values))) {
      if (value !== undefined) env[variable] = value;
      else if (!shape[variable]?.safeParse(undefined).success)
        throw new Error(`No value for ${variable} (configuration piece "${name}")`);
    }
  }
  return env;
}
