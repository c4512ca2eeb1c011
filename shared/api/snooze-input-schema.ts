import { z } from "zod";

/** The optional body of `POST /interviews/{id}/snooze`: how many days later (default SNOOZE_DAYS). */
export const snoozeInputSchema = z.strictObject({
  days: z
    .number()
    .int("must be a whole number of days")
    .min(1, "must be 1 to 30")
    .max(30, "must be 1 to 30")
    .optional(),
});
