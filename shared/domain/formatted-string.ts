import * as z from "zod/mini";

/**
 * A string that matches one of zod's format patterns (zod-string-patterns.ts), its problem worded as given
 * for a value of another type too, as a zod string format with that message words it: the same check and
 * the same issues as `z.email(error)` or `z.iso.date(error)`, without bundling zod's format schemas and its
 * date-time pattern builder (~0.8 KB in update-interview), and with the very patterns the fast paths and
 * the configuration's plain readers test.
 */
export function formattedString(pattern: RegExp, error: string | ((issue: { input?: unknown }) => string)) {
  return z.string({ error }).check(z.regex(pattern, { error }));
}
