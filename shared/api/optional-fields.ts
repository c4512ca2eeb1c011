import * as z from "zod/mini";

/**
 * Every field of a shape made optional, in the same order: what `z.partial` does to an object's shape
 * (each field wrapped in `z.optional`), without bundling zod's `partial` and `extend` and the shape
 * copying they share (~1 KB in each planner route). A PATCH body spreads it and overrides some fields.
 */
export function optionalFields<S extends Record<string, z.core.SomeType>>(
  shape: S,
): { [K in keyof S]: z.ZodMiniOptional<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])) as {
    [K in keyof S]: z.ZodMiniOptional<S[K]>;
  };
}
