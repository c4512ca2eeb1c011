import type { z } from "zod";
import { ValidationError } from "../errors/app-error.js";
import { zodIssues } from "../errors/zod-issues.js";

/**
 * An input (a parsed body, a query) as its schema makes it, or a 400 `validation_failed` naming each field
 * and problem; `where` prefixes the field names (e.g. `query`).
 */
export function validateInput<S extends z.ZodType>(schema: S, value: unknown, where = ""): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(zodIssues(result.error, where ? [where] : []));
  return result.data;
}
