import * as z from "zod/mini";
import { type UnwrappedEvent, unwrapEvent } from "./unwrapped-event.js";

/** The part of an SNS-to-Lambda event we read: each record's message id and its message (a string). */
export const snsEnvelopeSchema = z.object({
  Records: z.array(z.object({ Sns: z.object({ MessageId: z.optional(z.string()), Message: z.string() }) })),
});
export type SnsEnvelope = z.infer<typeof snsEnvelopeSchema>;

export interface SnsMessage {
  snsMessageId: string | undefined;
  message: string;
}

/** The messages of an SNS notification, or why the event is not one. */
export function snsMessagesOf(event: unknown): UnwrappedEvent<SnsMessage> {
  return unwrapEvent(snsEnvelopeSchema, event, (envelope) =>
    envelope.Records.map((r) => ({ snsMessageId: r.Sns.MessageId, message: r.Sns.Message })),
  );
}
