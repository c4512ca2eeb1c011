import * as z from "zod/mini";

/** The optional body of `POST /interviews/{id}/snooze`: how many days later (default SNOOZE_DAYS). */
export const snoozeInputSchema = z.lazy(() =>
  z.strictObject({
    days: z.optional(
      z
        .number()
        .check(
          z.int("must be a whole number of days"),
          z.minimum(1, "must be 1 to 30"),
          z.maximum(30, "must be 1 to 30"),
        ),
    ),
  }),
);
