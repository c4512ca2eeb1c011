import * as z from "zod/mini";

/**
 * A whole number from `min` to `max` (a planner setting), each problem in its own words: "must be a number,
 * not a string", "must be a whole number", "must be at least 1", "must be at most 20". A number refined with
 * `Number.isInteger` rather than `z.int()`, whose number-format type and check were 1.3 KB of each planner
 * route's bundle (create and update are at their byte budget); the OpenAPI document still types it
 * `integer` (openapi-content.ts reads the refinement).
 */
export function wholeNumberSchema(min: number, max: number) {
  return z.number().check(
    // A fraction is not also said to be out of range.
    z.refine(Number.isInteger, { error: "must be a whole number", abort: true }),
    z.minimum(min, `must be at least ${min}`),
    z.maximum(max, `must be at most ${max}`),
  );
}
