import type { z } from "zod";

/** An event's records as the handler needs them, or why the event was not one we read (for the log). */
export type UnwrappedEvent<T> = { ok: true; records: T[] } | { ok: false; issues: string[] };

/** Validates an event against its envelope's schema and maps each record, once, at the edge. */
export function unwrapEvent<S extends z.ZodType, T>(
  schema: S,
  event: unknown,
  records: (parsed: z.infer<S>) => T[],
): UnwrappedEvent<T> {
  const parsed = schema.safeParse(event);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  return { ok: true, records: records(parsed.data) };
}
