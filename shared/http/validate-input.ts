import * as z from "zod/mini";
import { ValidationError } from "../errors/app-error.js";
import { zodIssues } from "../errors/zod-issues.js";
import { protoKeyPath } from "./proto-key-path.js";

/**
 * An input (a parsed body, a query) as its schema makes it, or a 400 `validation_failed` naming each field
 * and problem; `where` prefixes the field names (e.g. `query`).
 */
export function validateInput<S extends z.core.$ZodType>(schema: S, value: unknown, where = ""): z.output<S> {
  const proto = protoKeyPath(value);
  if (proto)
    throw new ValidationError([
      { field: [...(where ? [where] : []), ...proto].join("."), problem: "is not a known field" },
    ]);
  // reportInput keeps each issue's input, so a wrong-type value reads "expected string, received number", not "is required"
  const result = z.safeParse(schema, value, { reportInput: true });
  if (!result.success) throw new ValidationError(zodIssues(result.error, where ? [where] : []));
  return result.data;
}
