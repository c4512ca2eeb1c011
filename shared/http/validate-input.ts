import * as z from "zod/mini";
import { ValidationError } from "../errors/app-error.js";
import { zodIssues } from "../errors/zod-issues.js";

/**
 * An input (a parsed body, a query) as its schema makes it, or a 400 `validation_failed` naming each field
 * and problem; `where` prefixes the field names (e.g. `query`).
 */
export function validateInput<S extends z.core.$ZodType>(schema: S, value: unknown, where = ""): z.output<S> {
  // reportInput keeps each issue's input, so a wrong-type value reads "expected string, received number", not "is required"
  const result = z.safeParse(schema, value, { reportInput: true });
  if (!result.success) throw new ValidationError(zodIssues(result.error, where ? [where] : []));
  return result.data;
}
