import { z } from "zod";
import {
  DEFAULT_MAX_AWAY_DAYS,
  DEFAULT_MAX_DATE_AHEAD_DAYS,
  DEFAULT_MAX_FORWARDS_PER_DAY,
} from "../inbound/inbound-limits.js";
import { mailConfigShape } from "./mail-config.js";
import { nonEmpty } from "./parse-config.js";
import { hasReplyTokenSecret, replyTokenConfigShape } from "./reply-token-config.js";
import { schedulingConfigSchema } from "./scheduling-config.js";
import { tableConfigSchema } from "./table-config.js";

function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,6}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** The inbound handler: raw mail in S3, the table and schedules, SES to forward replies, the token key. */
export const inboundConfigSchema = tableConfigSchema
  .extend(schedulingConfigSchema.shape)
  .extend(replyTokenConfigShape)
  .extend(mailConfigShape)
  .extend({
    INBOUND_MAIL_BUCKET: nonEmpty,
    /** The receipt rule's object key prefix: the raw message is `<prefix><SES message id>`. */
    INBOUND_MAIL_PREFIX: z.string().max(100).default("inbound/"),
    /** Inbound messages forwarded to the candidate per interview and UTC day; past it they are only logged. */
    INBOUND_MAX_FORWARDS_PER_DAY: wholeNumber(1, 1000).default(DEFAULT_MAX_FORWARDS_PER_DAY),
    /** The furthest an out-of-office moves a contact's steps, in days after it arrived. */
    INBOUND_MAX_AWAY_DAYS: wholeNumber(0, 365).default(DEFAULT_MAX_AWAY_DAYS),
    /** A date read from a reply or an out-of-office further ahead than this many days plans nothing. */
    INBOUND_MAX_DATE_AHEAD_DAYS: wholeNumber(1, 730).default(DEFAULT_MAX_DATE_AHEAD_DAYS),
    /** The HTTP API's public base URL: an unverified message forwarded to the candidate links its Stop page. */
    PUBLIC_API_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
  })
  .refine(hasReplyTokenSecret, {
    message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
    path: ["REPLY_TOKEN_SECRET"],
  });
export type InboundConfig = z.infer<typeof inboundConfigSchema>;
