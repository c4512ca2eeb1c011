import { z } from "zod";
import { nonEmpty } from "./parse-config.js";
import { schedulingConfigSchema } from "./scheduling-config.js";
import { tableConfigSchema } from "./table-config.js";

/** The sender: table, scheduler (to move a late step), SES identity, and the reply-token secret. */
export const senderConfigSchema = tableConfigSchema
  .extend(schedulingConfigSchema.shape)
  .extend({
    MAIL_FROM_ADDRESS: z.email("must be the verified sending address"),
    REPLY_DOMAIN: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "must be a domain name"),
    SES_CONFIGURATION_SET: nonEmpty.optional(),
    /** Overrides the domain of the Message-ID header SES writes (default: from AWS_REGION). */
    SES_MESSAGE_ID_DOMAIN: z
      .string()
      .regex(/^[a-z0-9.-]+$/i, "must be a domain name")
      .optional(),
    /** The HMAC key itself (local stack) ... */
    REPLY_TOKEN_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    /** ... or the Secrets Manager secret holding it (AWS). */
    REPLY_TOKEN_SECRET_ARN: nonEmpty.optional(),
  })
  .refine((c) => c.REPLY_TOKEN_SECRET || c.REPLY_TOKEN_SECRET_ARN, {
    message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
    path: ["REPLY_TOKEN_SECRET"],
  });
export type SenderConfig = z.infer<typeof senderConfigSchema>;
