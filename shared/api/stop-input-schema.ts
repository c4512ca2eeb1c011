import * as z from "zod/mini";

export const stopInputSchema = z.lazy(() =>
  z.strictObject({
    reason: z.enum(
      ["offer", "rejected", "withdrawn", "cancelled"],
      "must be offer, rejected, withdrawn or cancelled",
    ),
    note: z.optional(z.string().check(z.maxLength(1000))),
  }),
);
