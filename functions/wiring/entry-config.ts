import type { ConfigPieceName } from "../../shared/config/config-pieces.js";
import { type ConfigOf, configSchemaFor } from "../../shared/config/config-schema-for.js";
import { parseConfig } from "../../shared/config/parse-config.js";

/**
 * The configuration of one entry of the catalogue, parsed from the environment once, naming every missing
 * or malformed variable. It looks the entry's pieces up in the whole catalogue of pieces, so it is for the
 * CLI and tests: a Lambda uses `entryConfigOf` with its own pieces, so it bundles only those.
 */
export function entryConfig<const P extends readonly ConfigPieceName[]>(
  entry: { config: P },
  env: Record<string, string | undefined> = process.env,
): ConfigOf<P> {
  return parseConfig(configSchemaFor(entry.config), env);
}
