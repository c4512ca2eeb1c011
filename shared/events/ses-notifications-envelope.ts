import * as z from "zod/mini";
import { parseSesMailEvent } from "./ses-mail-event.js";
import { snsEnvelopeSchema } from "./sns-envelope.js";

/**
 * The SNS event that carries SES bounce and complaint notifications, unwrapped once: each record's
 * message read into a problem to record or a reason to drop it.
 */
export const sesNotificationsEnvelope = z.lazy(() =>
  z.pipe(
    snsEnvelopeSchema,
    z.transform((event: z.output<typeof snsEnvelopeSchema>) =>
      event.Records.map(({ Sns }) => ({ snsMessageId: Sns.MessageId, ...parseSesMailEvent(Sns.Message) })),
    ),
  ),
);
