import * as z from "zod/mini";
import { issueLines } from "../errors/zod-issues.js";

/** An event's records as the handler needs them, or why the event was not one we read (for the log). */
export type UnwrappedEvent<T> = { ok: true; records: T[] } | { ok: false; issues: string[] };

/** Validates an event against its envelope's schema and maps each record, once, at the edge. */
export function unwrapEvent<S extends z.core.$ZodType, T>(
  schema: S,
  event: unknown,
  records: (parsed: z.output<S>) => T[],
): UnwrappedEvent<T> {
  const parsed = z.safeParse(schema, event);
  if (!parsed.success) {
    return { ok: false, issues: issueLines(parsed.error) };
  }
  return { ok: true, records: records(parsed.data) };
}
