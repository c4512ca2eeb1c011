import type * as z from "zod/mini";
import type { QuotaLimits } from "../domain/quota-limits.js";
import {
  inboundLimitsConfigShape,
  inboundMailConfigShape,
  readInboundLimitsConfig,
  readInboundMailConfig,
} from "./inbound-config.js";
import { mailConfigShape, readMailConfig } from "./mail-config.js";
import { ownAddressesConfigShape, readOwnAddressesConfig } from "./own-addresses-config.js";
import { publicApiUrlConfigShape, readPublicApiUrlConfig } from "./public-api-url-config.js";
import { quotaConfigShape, readQuotaConfig } from "./quota-config.js";
import { readReplyTokenConfig, replyTokenConfigShape } from "./reply-token-config.js";
import { readSchedulingConfig, schedulingConfigShape } from "./scheduling-config.js";
import { readTableConfig, tableConfigShape } from "./table-config.js";

/**
 * The values a deployment (infra), the local stack, the benchmark or a test hands its functions, by what
 * they mean. Only this room turns them into environment variable names (see `environmentFor`).
 */
export interface EnvironmentValues {
  tableName?: string;
  scheduleGroupName?: string;
  senderFunctionArn?: string;
  schedulerRoleArn?: string;
  senderDeadLetterQueueArn?: string;
  mailFromAddress?: string;
  replyDomain?: string;
  sesConfigurationSet?: string;
  sesMessageIdDomain?: string;
  /** The token HMAC key itself (local stack, tests) ... */
  replyTokenSecret?: string;
  /** ... or the Secrets Manager secret holding it (AWS). */
  replyTokenSecretArn?: string;
  quotas?: Partial<QuotaLimits>;
  inboundMailBucket?: string;
  inboundMailPrefix?: string;
  inboundMaxForwardsPerDay?: number;
  inboundMaxAwayDays?: number;
  inboundMaxDateAheadDays?: number;
  publicApiUrl?: string;
}

type Shape = Record<string, z.ZodMiniType>;

/**
 * A group of variables read together: their schema, how a deployment's values fill them, and how the
 * parsed variables read by meaning (`tableName`, not `TABLE_NAME`): the wiring never names a variable.
 */
export interface ConfigPiece<S extends Shape = Shape, R extends object = object> {
  shape: S;
  env: (values: EnvironmentValues) => Record<keyof S, string | undefined>;
  read: (parsed: z.infer<z.ZodMiniObject<S>>) => R;
}

const piece = <S extends Shape, R extends object>(p: ConfigPiece<S, R>) => p;
const text = (n: number | undefined) => (n === undefined ? undefined : String(n));

/**
 * Every environment variable the functions read, grouped; an entry of the catalogue
 * (shared/entries/entry-catalogue.ts) names the groups it reads.
 */
export const CONFIG_PIECES = {
  table: piece({ shape: tableConfigShape, env: (v) => ({ TABLE_NAME: v.tableName }), read: readTableConfig }),
  scheduling: piece({
    shape: schedulingConfigShape,
    env: (v) => ({
      SCHEDULE_GROUP_NAME: v.scheduleGroupName,
      SENDER_FUNCTION_ARN: v.senderFunctionArn,
      SCHEDULER_ROLE_ARN: v.schedulerRoleArn,
      SENDER_DLQ_ARN: v.senderDeadLetterQueueArn,
    }),
    read: readSchedulingConfig,
  }),
  replyToken: piece({
    shape: replyTokenConfigShape,
    env: (v) => ({ REPLY_TOKEN_SECRET: v.replyTokenSecret, REPLY_TOKEN_SECRET_ARN: v.replyTokenSecretArn }),
    read: readReplyTokenConfig,
  }),
  mail: piece({
    shape: mailConfigShape,
    env: (v) => ({
      MAIL_FROM_ADDRESS: v.mailFromAddress,
      REPLY_DOMAIN: v.replyDomain,
      SES_CONFIGURATION_SET: v.sesConfigurationSet,
      SES_MESSAGE_ID_DOMAIN: v.sesMessageIdDomain,
    }),
    read: readMailConfig,
  }),
  ownAddresses: piece({
    shape: ownAddressesConfigShape,
    env: (v) => ({ MAIL_FROM_ADDRESS: v.mailFromAddress, REPLY_DOMAIN: v.replyDomain }),
    read: readOwnAddressesConfig,
  }),
  quota: piece({
    shape: quotaConfigShape,
    env: (v) => ({
      QUOTA_INTERVIEWS_PER_DAY: text(v.quotas?.interviews_per_day),
      QUOTA_EMAILS_PER_DAY: text(v.quotas?.emails_per_day),
      QUOTA_CONTACTS_PER_30_DAYS: text(v.quotas?.contacts_per_30_days),
      QUOTA_CONTACT_REPLACEMENTS_PER_INTERVIEW: text(v.quotas?.contact_replacements_per_interview),
    }),
    read: readQuotaConfig,
  }),
  inboundMail: piece({
    shape: inboundMailConfigShape,
    env: (v) => ({ INBOUND_MAIL_BUCKET: v.inboundMailBucket, INBOUND_MAIL_PREFIX: v.inboundMailPrefix }),
    read: readInboundMailConfig,
  }),
  inboundLimits: piece({
    shape: inboundLimitsConfigShape,
    env: (v) => ({
      INBOUND_MAX_FORWARDS_PER_DAY: text(v.inboundMaxForwardsPerDay),
      INBOUND_MAX_AWAY_DAYS: text(v.inboundMaxAwayDays),
      INBOUND_MAX_DATE_AHEAD_DAYS: text(v.inboundMaxDateAheadDays),
    }),
    read: readInboundLimitsConfig,
  }),
  publicApiUrl: piece({
    shape: publicApiUrlConfigShape,
    env: (v) => ({ PUBLIC_API_URL: v.publicApiUrl }),
    read: readPublicApiUrlConfig,
  }),
} as const;

export type ConfigPieces = typeof CONFIG_PIECES;
export type ConfigPieceName = keyof ConfigPieces;

/** Every piece: what a process that runs every function (the local stack) must provide. */
export const CONFIG_PIECE_NAMES = Object.keys(CONFIG_PIECES) as ConfigPieceName[];
