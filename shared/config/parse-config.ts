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

/** A required variable: trimmed, not empty. Built when a shape is (no schema is built at import). */
export const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, "is required"));

/** What `nonEmpty` gives for a value, without zod: the trimmed text, or undefined where it refuses it. */
export function plainNonEmpty(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * Variables each read as `nonEmpty` reads it, the `optional` ones only when set (`z.optional(nonEmpty())`),
 * in the order named (a shape's order): what their object schema gives, without zod; undefined where it
 * would refuse one.
 */
export function plainNonEmptyOf<R extends string, O extends string = never>(
  env: Record<string, string | undefined>,
  required: readonly R[],
  optional: readonly O[] = [],
): ({ [K in R]: string } & { [K in O]?: string }) | undefined {
  const variables: Record<string, string> = {};
  for (const name of [...required, ...optional]) {
    if (env[name] === undefined && (optional as readonly string[]).includes(name)) continue;
    const value = plainNonEmpty(env[name]);
    if (value === undefined) return undefined;
    variables[name] = value;
  }
  return variables as { [K in R]: string } & { [K in O]?: string };
}
