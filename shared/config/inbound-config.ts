import { z } from "zod";
import { nonEmpty } from "./parse-config.js";
import { hasReplyTokenSecret, replyTokenConfigShape } from "./reply-token-config.js";
import { schedulingConfigSchema } from "./scheduling-config.js";
import { tableConfigSchema } from "./table-config.js";

/** The inbound handler: raw mail in S3, the table and schedules, SES to forward replies, the token key. */
export const inboundConfigSchema = tableConfigSchema
  .extend(schedulingConfigSchema.shape)
  .extend(replyTokenConfigShape)
  .extend({
    INBOUND_MAIL_BUCKET: nonEmpty,
    /** The receipt rule's object key prefix: the raw message is `<prefix><SES message id>`. */
    INBOUND_MAIL_PREFIX: z.string().max(100).default("inbound/"),
    MAIL_FROM_ADDRESS: z.email("must be the verified sending address"),
    REPLY_DOMAIN: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "must be a domain name"),
    SES_CONFIGURATION_SET: nonEmpty.optional(),
    SES_MESSAGE_ID_DOMAIN: z
      .string()
      .regex(/^[a-z0-9.-]+$/i, "must be a domain name")
      .optional(),
  })
  .refine(hasReplyTokenSecret, {
    message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
    path: ["REPLY_TOKEN_SECRET"],
  });
export type InboundConfig = z.infer<typeof inboundConfigSchema>;
