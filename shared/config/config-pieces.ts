import type * as z from "zod/mini";
import type { QuotaLimits } from "../domain/quota-limits.js";
import { inboundLimitsConfigShape, inboundMailConfigShape } from "./inbound-config.js";
import { mailConfigShape } from "./mail-config.js";
import { ownAddressesConfigShape } from "./own-addresses-config.js";
import { publicApiUrlConfigShape } from "./public-api-url-config.js";
import { quotaConfigShape } from "./quota-config.js";
import { replyTokenConfigShape } from "./reply-token-config.js";
import { schedulingConfigShape } from "./scheduling-config.js";
import { tableConfigShape } from "./table-config.js";

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
 * A group of variables read together: their schema. How a deployment's values fill them is in
 * environment-for.ts, which only infra and the local stack import, so no Lambda bundles it.
 */
export interface ConfigPiece<S extends Shape = Shape> {
  shape: S;
}

const piece = <S extends Shape>(p: ConfigPiece<S>) => p;

/**
 * Every environment variable the functions read, grouped; an entry of the catalogue
 * (shared/entries/entry-catalogue.ts) names the groups it reads.
 */
export const CONFIG_PIECES = {
  table: piece({ shape: tableConfigShape }),
  scheduling: piece({ shape: schedulingConfigShape }),
  replyToken: piece({ shape: replyTokenConfigShape }),
  mail: piece({ shape: mailConfigShape }),
  ownAddresses: piece({ shape: ownAddressesConfigShape }),
  quota: piece({ shape: quotaConfigShape }),
  inboundMail: piece({ shape: inboundMailConfigShape }),
  inboundLimits: piece({ shape: inboundLimitsConfigShape }),
  publicApiUrl: piece({ shape: publicApiUrlConfigShape }),
} as const;

export type ConfigPieces = typeof CONFIG_PIECES;
export type ConfigPieceName = keyof ConfigPieces;

/** Every piece: what a process that runs every function (the local stack) must provide. */
export const CONFIG_PIECE_NAMES = Object.keys(CONFIG_PIECES) as ConfigPieceName[];
