import * as z from "zod/mini";

/**
 * `z.lazy` for a schema that is never optional itself (an object, a literal), so that an optional field
 * left out of a body does not build it. zod asks a field's schema whether it may be absent (`_zod.optin`)
 * on every parse, and a lazy schema answers by building what it wraps: POST /interviews and the preview
 * built the planner settings' sixteen field schemas, the templates' object and the cadence literal for
 * every body without them (~4.8 M instructions, ~1.5 ms, of preview's first invoke). The answer is given
 * here instead: "not optional", what a built object or literal says too (test/unit/shared/api/lazy-required.test.ts
 * holds each use to it). A value given builds the schema as before.
 */
export function lazyRequired<T extends z.core.SomeType>(getter: () => T): z.ZodMiniLazy<T> {
  const schema = z.lazy(getter);
  for (const key of ["optin", "optout"] as const) {
    Object.defineProperty(schema._zod, key, { value: undefined, writable: true, configurable: true });
  }
  return schema;
}
