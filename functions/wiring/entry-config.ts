import type { ConfigPieceName } from "../../shared/config/config-pieces.js";
import { type ConfigOf, configSchemaFor } from "../../shared/config/config-schema-for.js";
import { parseConfig } from "../../shared/config/parse-config.js";

/**
 * The configuration of one entry of the catalogue, parsed from the environment once, at cold start (the
 * handler module calls this when it loads): a misconfigured deploy fails on its first log line, naming
 * every missing or malformed variable. The only place functions parse configuration.
 */
export function entryConfig<const P extends readonly ConfigPieceName[]>(
  entry: { config: P },
  env: Record<string, string | undefined> = process.env,
): ConfigOf<P> {
  return parseConfig(configSchemaFor(entry.config), env);
}
