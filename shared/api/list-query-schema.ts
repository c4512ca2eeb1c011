import * as z from "zod/mini";

/**
 * Query of GET /interviews. Kept apart from the interview schema so listing does not load holiday data;
 * built on first use (z.lazy), like every route schema, so a cold start builds none.
 */
export const listQuerySchema = z.lazy(() =>
  z.strictObject({
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
    cursor: z.optional(z.string().check(z.maxLength(2000))),
    status: z.optional(z.enum(["active", "replied", "stopped", "completed", "superseded"])),
  }),
);
