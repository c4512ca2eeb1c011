import {
  type ConfigPieceName,
  MAIL_PIECE,
  MESSAGE_ID_DOMAIN_PIECE,
  OWN_ADDRESSES_PIECE,
  PUBLIC_API_URL_PIECE,
  QUOTA_PIECE,
  REPLY_TOKEN_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "./config-pieces.js";
import { plainMailConfig, plainOwnAddresses } from "./mail-config.js";
import { plainMessageIdDomainConfig } from "./message-id-domain-config.js";
import { type PlainPiece, withPlainReader } from "./plain-config-of.js";
import { plainPublicApiUrlConfig } from "./public-api-url-config.js";
import { plainQuotaConfig } from "./quota-config.js";
import { plainReplyTokenConfig } from "./reply-token-config.js";
import { plainSchedulingConfig } from "./scheduling-config.js";
import { plainTableConfig } from "./table-config.js";

/*
 * The pieces that can be read without zod, each the piece itself with its plain reader. An entry whose
 * pieces all have one hands these to plainEntryConfigOf, and only it bundles the readers.
 */
export const PLAIN_TABLE_PIECE = /* @__PURE__ */ withPlainReader<"table">(TABLE_PIECE, plainTableConfig);
export const PLAIN_SCHEDULING_PIECE = /* @__PURE__ */ withPlainReader<"scheduling">(
  SCHEDULING_PIECE,
  plainSchedulingConfig,
);
export const PLAIN_REPLY_TOKEN_PIECE = /* @__PURE__ */ withPlainReader<"replyToken">(
  REPLY_TOKEN_PIECE,
  plainReplyTokenConfig,
);
export const PLAIN_QUOTA_PIECE = /* @__PURE__ */ withPlainReader<"quota">(QUOTA_PIECE, plainQuotaConfig);
export const PLAIN_OWN_ADDRESSES_PIECE = /* @__PURE__ */ withPlainReader<"ownAddresses">(
  OWN_ADDRESSES_PIECE,
  plainOwnAddresses,
);
export const PLAIN_MESSAGE_ID_DOMAIN_PIECE = /* @__PURE__ */ withPlainReader<"messageIdDomain">(
  MESSAGE_ID_DOMAIN_PIECE,
  plainMessageIdDomainConfig,
);
export const PLAIN_PUBLIC_API_URL_PIECE = /* @__PURE__ */ withPlainReader<"publicApiUrl">(
  PUBLIC_API_URL_PIECE,
  plainPublicApiUrlConfig,
);
export const PLAIN_MAIL_PIECE = /* @__PURE__ */ withPlainReader<"mail">(MAIL_PIECE, plainMailConfig);

/** Every piece with a plain reader, by name: what test/unit/shared/config/plain-config-of.test.ts holds. */
export const PLAIN_PIECES = {
  table: PLAIN_TABLE_PIECE,
  scheduling: PLAIN_SCHEDULING_PIECE,
  replyToken: PLAIN_REPLY_TOKEN_PIECE,
  ownAddresses: PLAIN_OWN_ADDRESSES_PIECE,
  quota: PLAIN_QUOTA_PIECE,
  messageIdDomain: PLAIN_MESSAGE_ID_DOMAIN_PIECE,
  publicApiUrl: PLAIN_PUBLIC_API_URL_PIECE,
  mail: PLAIN_MAIL_PIECE,
} satisfies { [K in ConfigPieceName]?: PlainPiece<K> };
