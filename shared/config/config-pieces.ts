import type * as z from "zod/mini";
import type { QuotaLimits } from "../domain/quota-limits.js";
import {
  inboundLimitsConfigShape,
  inboundMailConfigShape,
  readInboundLimitsConfig,
  readInboundMailConfig,
} from "./inbound-config.js";
import { mailConfigShape, readMailConfig } from "./mail-config.js";
import { messageIdDomainConfigShape, readMessageIdDomainConfig } from "./message-id-domain-config.js";
import { ownAddressesConfigShape, readOwnAddressesConfig } from "./own-addresses-config.js";
import { publicApiUrlConfigShape, readPublicApiUrlConfig } from "./public-api-url-config.js";
import { quotaConfigShape, readQuotaConfig } from "./quota-config.js";
import { readReplyTokenConfig, replyTokenCheck, replyTokenConfigShape } from "./reply-token-config.js";
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
 * A group of variables read together: their schema, and how the parsed variables read by meaning
 * (`tableName`, not `TABLE_NAME`): the wiring never names a variable. How a deployment's values fill them is
 * in environment-for.ts, which only infra and the local stack import, so no Lambda bundles it.
 */
export interface ConfigPiece<S extends Shape = Shape, R extends object = object> {
  readonly shape: S;
  read: (parsed: z.infer<z.ZodMiniObject<S>>) => R;
  /** A rule over several of the piece's variables, built when the configuration is parsed. */
  check?: () => z.core.$ZodCheck<never>;
}

/**
 * A piece whose schemas are built the first time its `shape` is read: a Lambda bundles only the pieces its
 * entry names (`entryConfigOf`), and builds them when it parses its configuration (building all nine took a
 * few ms of every cold start).
 */
function piece<S extends Shape, R extends object>(
  build: () => S,
  read: (parsed: z.infer<z.ZodMiniObject<S>>) => R,
  check?: () => z.core.$ZodCheck<never>,
): ConfigPiece<S, R> {
  let shape: S | undefined;
  return {
    get shape() {
      shape ??= build();
      return shape;
    },
    read,
    ...(check ? { check } : {}),
  };
}

/*
 * Each piece on its own, so a Lambda that names its pieces (functions/wiring/entry-config-of.ts) bundles
 * only those: the builders are pure, so what no one references is left out.
 */
export const TABLE_PIECE = /* @__PURE__ */ piece(tableConfigShape, readTableConfig);
export const SCHEDULING_PIECE = /* @__PURE__ */ piece(schedulingConfigShape, readSchedulingConfig);
export const REPLY_TOKEN_PIECE = /* @__PURE__ */ piece(
  replyTokenConfigShape,
  readReplyTokenConfig,
  replyTokenCheck,
);
export const MAIL_PIECE = /* @__PURE__ */ piece(mailConfigShape, readMailConfig);
export const OWN_ADDRESSES_PIECE = /* @__PURE__ */ piece(ownAddressesConfigShape, readOwnAddressesConfig);
export const QUOTA_PIECE = /* @__PURE__ */ piece(quotaConfigShape, readQuotaConfig);
export const INBOUND_MAIL_PIECE = /* @__PURE__ */ piece(inboundMailConfigShape, readInboundMailConfig);
export const INBOUND_LIMITS_PIECE = /* @__PURE__ */ piece(inboundLimitsConfigShape, readInboundLimitsConfig);
export const PUBLIC_API_URL_PIECE = /* @__PURE__ */ piece(publicApiUrlConfigShape, readPublicApiUrlConfig);
export const MESSAGE_ID_DOMAIN_PIECE = /* @__PURE__ */ piece(
  messageIdDomainConfigShape,
  readMessageIdDomainConfig,
);

/**
 * Every environment variable the functions read, grouped; an entry of the catalogue
 * (shared/entries/entry-catalogue.ts) names the groups it reads.
 */
export const CONFIG_PIECES = {
  table: TABLE_PIECE,
  scheduling: SCHEDULING_PIECE,
  replyToken: REPLY_TOKEN_PIECE,
  mail: MAIL_PIECE,
  ownAddresses: OWN_ADDRESSES_PIECE,
  quota: QUOTA_PIECE,
  inboundMail: INBOUND_MAIL_PIECE,
  inboundLimits: INBOUND_LIMITS_PIECE,
  publicApiUrl: PUBLIC_API_URL_PIECE,
  messageIdDomain: MESSAGE_ID_DOMAIN_PIECE,
} as const;

export type ConfigPieces = typeof CONFIG_PIECES;
export type ConfigPieceName = keyof ConfigPieces;

/** Every piece: what a process that runs every function (the local stack) must provide. */
export const CONFIG_PIECE_NAMES = /* @__PURE__ */ Object.keys(CONFIG_PIECES) as ConfigPieceName[];
