import type { ConfigPieceName } from "../../shared/config/config-pieces.js";
import type { ConfigOf } from "../../shared/config/config-schema-for.js";
import type { PiecesOf } from "../../shared/config/config-schema-of.js";
import { type PlainReader, plainConfigOf } from "../../shared/config/plain-config-of.js";
import { checkedPieces, entryConfigOf } from "./entry-config-of.js";

/**
 * entryConfigOf, read without zod when the pieces' plain readers all answer (shared/config/plain-config-of.ts
 * says why), parsed by the schema otherwise. Only an entry whose pieces all have a reader can use it
 * (shared/config/plain-readers.ts), so no other Lambda bundles them.
 */
export function plainEntryConfigOf<const P extends readonly ConfigPieceName[]>(
  entry: { config: P },
  pieces: PiecesOf<P>,
  readers: { [K in P[number]]: PlainReader<K> },
  env: Record<string, string | undefined> = process.env,
): ConfigOf<P> {
  return plainConfigOf<P>(checkedPieces(entry, pieces), readers, env) ?? entryConfigOf(entry, pieces, env);
}
