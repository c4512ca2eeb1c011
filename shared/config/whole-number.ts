import * as z from "zod/mini";

/** What a whole number is written as here (quota-config.ts's plain reader tests it too). */
export const WHOLE_NUMBER_PATTERN = /^\d{1,6}$/;

/**
 * A whole number read from an environment variable, between min and max. Digits only, so "2.5", "1e3",
 * " 5" and "" are refused rather than read as numbers; and no `z.coerce`, whose namespace brings every
 * coercing schema (bigint, date...) into each bundle that reads one.
 */
export function wholeNumber(min: number, max: number) {
  return z.pipe(
    z.pipe(z.string().check(z.regex(WHOLE_NUMBER_PATTERN, "must be a whole number")), z.transform(Number)),
    z.number().check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`)),
  );
}
