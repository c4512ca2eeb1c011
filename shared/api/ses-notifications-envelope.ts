import { z } from "zod";
import { parseSesMailEvent } from "./ses-mail-event.js";

/**
 * The SNS event that carries SES bounce and complaint notifications, unwrapped once: each record's
 * message read into a problem to record or a reason to drop it.
 */
export const sesNotificationsEnvelope = z
  .object({
    Records: z.array(z.object({ Sns: z.object({ MessageId: z.string().optional(), Message: z.string() }) })),
  })
  .transform((event) =>
    event.Records.map(({ Sns }) => ({ snsMessageId: Sns.MessageId, ...parseSesMailEvent(Sns.Message) })),
  );
