import type { ConfigPieceName } from "../../shared/config/config-pieces.js";
import type { ConfigOf } from "../../shared/config/config-schema-for.js";
import { configSchemaOf, type PiecesOf } from "../../shared/config/config-schema-of.js";
import { parseConfig } from "../../shared/config/parse-config.js";

/** The pieces handed in, once checked to be exactly those the catalogue names for the entry. */
export function checkedPieces<const P extends readonly ConfigPieceName[]>(
  entry: { config: P },
  pieces: PiecesOf<P>,
): PiecesOf<P> {
  const given = Object.keys(pieces);
  if (given.length !== entry.config.length || !entry.config.every((name) => given.includes(name)))
    throw new Error(
      `Configuration pieces ${given.join(", ")} are not the entry's: ${entry.config.join(", ")}`,
    );
  return pieces;
}

/**
 * entryConfig with the entry's pieces handed in, so the Lambda bundles only those (entryConfig looks them
 * up in the whole catalogue of pieces). The pieces must be exactly those the entry names in the catalogue
 * (what infra sets the variables from): the types say so, and a mismatch throws at cold start.
 */
export function entryConfigOf<const P extends readonly ConfigPieceName[]>(
  entry: { config: P },
  pieces: PiecesOf<P>,
  env: Record<string, string | undefined> = process.env,
): ConfigOf<P> {
  return parseConfig(configSchemaOf<P>(checkedPieces(entry, pieces)), env);
}
