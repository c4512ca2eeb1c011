import * as z from "zod/mini";

/**
 * `schema`, or `fallback` when the variable is not set: what `z._default` does for a configuration value
 * (an unset variable is undefined, never parsed), built from optional and transform, which every Lambda
 * bundles anyway, so zod's default type stays out of the bundles (~0.9 KB in each HTTP route).
 */
export function withFallback<S extends z.core.$ZodType<unknown, string>>(schema: S, fallback: z.output<S>) {
  return z.pipe(
    z.optional(schema),
    z.transform((value: z.output<S> | undefined): z.output<S> => (value === undefined ? fallback : value)),
  );
}
