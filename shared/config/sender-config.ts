import { z } from "zod";
import { mailConfigShape } from "./mail-config.js";
import { hasReplyTokenSecret, replyTokenConfigShape } from "./reply-token-config.js";
import { schedulingConfigSchema } from "./scheduling-config.js";
import { tableConfigSchema } from "./table-config.js";

/** The sender: table, scheduler (to move a late step), SES identity, and the reply-token secret. */
export const senderConfigSchema = tableConfigSchema
  .extend(schedulingConfigSchema.shape)
  .extend(replyTokenConfigShape)
  .extend(mailConfigShape)
  .extend({
    /**
     * The HTTP API's public base URL. When set, emails to contacts carry a one-click unsubscribe link
     * (List-Unsubscribe, RFC 8058) under it, and reminders to the candidate a link to stop or snooze the
     * chain; without it they carry none rather than a broken one.
     */
    PUBLIC_API_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
  })
  .refine(hasReplyTokenSecret, {
    message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
    path: ["REPLY_TOKEN_SECRET"],
  });
export type SenderConfig = z.infer<typeof senderConfigSchema>;
