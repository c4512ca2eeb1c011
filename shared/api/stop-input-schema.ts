import { z } from "zod";

export const stopInputSchema = z.strictObject({
  reason: z.enum(
    ["offer", "rejected", "withdrawn", "cancelled"],
    "must be offer, rejected, withdrawn or cancelled",
  ),
  note: z.string().max(1000).optional(),
});
