import type { z } from "zod";
import { validationError } from "./scheduler-api-error.js";
import { NAME_MAX_LENGTH, NAME_PATTERN } from "./scheduler-schemas.js";

/**
 * The Scheduler API's own validation answers, worded as AWS words them: a schedule or group name out of
 * length or pattern, and a request body its schema refuses (every issue, with its path).
 */
export function checkName(name: string, field: string): void {
  if (name.length < 1 || name.length > NAME_MAX_LENGTH) {
    throw validationError(
      `1 validation error detected: Value '${name}' at '${field}' failed to satisfy constraint: Member must have length between 1 and ${NAME_MAX_LENGTH}`,
    );
  }
  if (!NAME_PATTERN.test(name)) {
    throw validationError(
      `1 validation error detected: Value '${name}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9a-zA-Z-_.]+`,
    );
  }
}

export function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const details = issues
    .map((i) => `Value at '${i.path.join(".") || "body"}' failed to satisfy constraint: ${i.message}`)
    .join("; ");
  throw validationError(
    `${issues.length} validation error${issues.length === 1 ? "" : "s"} detected: ${details}`,
  );
}
