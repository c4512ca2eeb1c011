import * as z from "zod/mini";

/**
 * Query of GET /interviews. Kept apart from the interview schema so listing does not load holiday data;
 * built on first use (z.lazy), like every route schema, so a cold start builds none.
 */
export const listQuerySchema = z.lazy(() =>
  z.strictObject({
    // A query value is text, and only plain decimal digits are a number here: Number() would also read
    // "0x5", " 2" (from %202), "" and "1e30". Anything else reads as NaN, refused as "a whole number" in one
    // issue; digits too many for a safe integer read as the largest one, "at most 100" (not two issues).
    // The default is a prefault (20 goes through the same reading), so the OpenAPI document shows it.
    limit: z.prefault(
      z.pipe(
        z.transform((value: unknown) => {
          if (typeof value === "number") return value;
          return typeof value === "string" && /^[0-9]+$/.test(value)
            ? Math.min(Number(value), Number.MAX_SAFE_INTEGER)
            : Number.NaN;
        }),
        z
          .number("must be a whole number from 1 to 100")
          .check(
            z.int("must be a whole number from 1 to 100"),
            z.minimum(1, "must be at least 1"),
            z.maximum(100, "must be at most 100"),
          ),
      ),
      20,
    ),
    // An empty cursor is refused, not read as none: a client that sends the last page's null as `?cursor=`
    // would be given the first page again, and a loop over the pages would never end.
    cursor: z.optional(
      z
        .string()
        .check(
          z.minLength(1, "must not be empty: leave cursor out for the first page"),
          z.maxLength(2000, "is not a cursor this API gave out"),
        ),
    ),
    status: z.optional(z.enum(["active", "replied", "stopped", "completed", "superseded"])),
  }),
);
