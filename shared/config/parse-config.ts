import { z } from "zod";

/**
 * Parses configuration once, at cold start, and fails naming every missing or malformed variable so a
 * misconfigured deploy is obvious from the first log line instead of from a later odd failure.
 */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return result.data;
}

export const nonEmpty = z.string().trim().min(1, "is required");
