import * as z from "zod/mini";

/**
 * Query of GET /interviews. Kept apart from the interview schema so listing does not load holiday data;
 * built on first use (z.lazy), like every route schema, so a cold start builds none.
 */
export const listQuerySchema = z.lazy(() =>
  z.strictObject({
    // A query value is text: read as a number, and refused as "a whole number" when it is none ("abc" would
    // otherwise read "must be a number, not NaN").
    limit: z._default(
      z.coerce
        .number("must be a whole number from 1 to 100")
        .check(
          z.int("must be a whole number from 1 to 100"),
          z.minimum(1, "must be at least 1"),
          z.maximum(100, "must be at most 100"),
        ),
      20,
    ),
    cursor: z.optional(z.string().check(z.maxLength(2000))),
    status: z.optional(z.enum(["active", "replied", "stopped", "completed", "superseded"])),
  }),
);
