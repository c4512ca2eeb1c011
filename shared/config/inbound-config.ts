import { z } from "zod";
import { mailConfigShape } from "./mail-config.js";
import { nonEmpty } from "./parse-config.js";
import { hasReplyTokenSecret, replyTokenConfigShape } from "./reply-token-config.js";
import { schedulingConfigSchema } from "./scheduling-config.js";
import { tableConfigSchema } from "./table-config.js";

/** The inbound handler: raw mail in S3, the table and schedules, SES to forward replies, the token key. */
export const inboundConfigSchema = tableConfigSchema
  .extend(schedulingConfigSchema.shape)
  .extend(replyTokenConfigShape)
  .extend(mailConfigShape)
  .extend({
    INBOUND_MAIL_BUCKET: nonEmpty,
    /** The receipt rule's object key prefix: the raw message is `<prefix><SES message id>`. */
    INBOUND_MAIL_PREFIX: z.string().max(100).default("inbound/"),
  })
  .refine(hasReplyTokenSecret, {
    message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
    path: ["REPLY_TOKEN_SECRET"],
  });
export type InboundConfig = z.infer<typeof inboundConfigSchema>;
