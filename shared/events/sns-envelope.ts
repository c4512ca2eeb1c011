import * as z from "zod/mini";

/** The part of an SNS-to-Lambda event we read: each record's message id and its message (a string). */
export const snsEnvelopeSchema = z.lazy(() =>
  z.object({
    Records: z.array(z.object({ Sns: z.object({ MessageId: z.optional(z.string()), Message: z.string() }) })),
  }),
);
