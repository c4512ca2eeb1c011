import type { ConfigPieceName } from "../../shared/config/config-pieces.js";
import type { ConfigOf } from "../../shared/config/config-schema-for.js";
import { configSchemaOf } from "../../shared/config/config-schema-of.js";
import { parseConfig } from "../../shared/config/parse-config.js";
import { type PlainPiecesOf, plainConfigOf } from "../../shared/config/plain-config-of.js";
import { checkedPieces } from "./entry-config-of.js";

/**
 * entryConfigOf for an entry whose pieces all have a plain reader (shared/config/plain-pieces.ts): the pieces
 * checked once, then read without zod when every reader answers (shared/config/plain-config-of.ts says why),
 * parsed by the schema otherwise, which then names what is wrong.
 */
export function plainEntryConfigOf<const P extends readonly ConfigPieceName[]>(
  entry: { config: P },
  pieces: PlainPiecesOf<P>,
  env: Record<string, string | undefined> = process.env,
): ConfigOf<P> {
  checkedPieces(entry, pieces);
  return plainConfigOf<P>(pieces, env) ?? parseConfig(configSchemaOf<P>(pieces), env);
}
