import { CONFIG_PIECES, type ConfigPieceName, type EnvironmentValues } from "./config-pieces.js";

/**
 * The environment variables of the given pieces, filled from `values`. A variable without a value is left
 * out when it has a default or is optional, and is an error when the function could not start without it:
 * a deploy (or local stack) that forgot one fails here, by name, not at the function's cold start.
 */
export function environmentFor(
  pieces: readonly ConfigPieceName[],
  values: EnvironmentValues,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of new Set(pieces)) {
    const { shape, env: fill } = CONFIG_PIECES[name] as {
      shape: Record<string, { safeParse(v: unknown): { success: boolean } }>;
      env: (v: EnvironmentValues) => Record<string, string | undefined>;
    };
    for (const [variable, value] of Object.entries(fill(values))) {
      if (value !== undefined) env[variable] = value;
      else if (!shape[variable]?.safeParse(undefined).success)
        throw new Error(`No value for ${variable} (configuration piece "${name}")`);
    }
  }
  return env;
}
