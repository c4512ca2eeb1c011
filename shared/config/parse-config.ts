import * as z from "zod/mini";
import { issueLines } from "../errors/zod-issues.js";

/**
 * Parses configuration once, at cold start, and fails naming every missing or malformed variable so a
 * misconfigured deploy is obvious from the first log line instead of from a later odd failure.
 */
export function parseConfig<S extends z.core.$ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const result = z.safeParse(schema, env);
  if (!result.success) {
    throw new Error(`Invalid configuration: ${issueLines(result.error, "(env)").join("; ")}`);
  }
  return result.data;
}

export const nonEmpty = z.string().check(z.trim(), z.minLength(1, "is required"));
