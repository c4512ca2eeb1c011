import type { ConfigPieceName, ConfigPieces } from "./config-pieces.js";
import type { ConfigOf } from "./config-schema-for.js";

type Env = Record<string, string | undefined>;
type VariablesOf<K extends ConfigPieceName> = Parameters<ConfigPieces[K]["read"]>[0];

/**
 * A piece's variables as its schema gives them (its rule over several variables included), read without zod
 * when each is plainly valid; undefined for anything else, which the schema then parses and words. It may
 * decline what is valid; it never answers what the schema would not (test/unit/shared/config/
 * plain-config-of.test.ts holds each to its piece's schema).
 */
export type PlainReader<K extends ConfigPieceName> = (env: Env) => VariablesOf<K> | undefined;

/** A piece with its plain reader: a piece to configSchemaOf as well (plain-pieces.ts). */
export type PlainPiece<K extends ConfigPieceName> = ConfigPieces[K] & { readonly plain: PlainReader<K> };

/** Plain pieces by name, as an entry hands them over. */
export type PlainPiecesOf<P extends readonly ConfigPieceName[]> = {
  readonly [K in P[number]]: PlainPiece<K>;
};

/** The piece, and its reader: its schema is still built from the piece, when first asked for. */
export function withPlainReader<K extends ConfigPieceName>(
  piece: ConfigPieces[K],
  plain: PlainReader<K>,
): PlainPiece<K> {
  return Object.create(piece, { plain: { value: plain, enumerable: true } }) as PlainPiece<K>;
}

/**
 * An entry's configuration read without zod: when each of its pieces' readers answers, what
 * `parseConfig(configSchemaOf(pieces), env)` gives, by meaning and in the pieces' order; otherwise undefined,
 * and the schema parses it (and names what is wrong). The first schema a process builds and parses compiles
 * zod's constructors and parsers, at import for an entry that reads its configuration there
 * (docs/benchmarks.md, session 27).
 */
export function plainConfigOf<const P extends readonly ConfigPieceName[]>(
  pieces: PlainPiecesOf<P>,
  env: Env,
): ConfigOf<P> | undefined {
  const byMeaning: object[] = [];
  for (const piece of Object.values(pieces) as PlainPiece<P[number]>[]) {
    const variables = piece.plain(env);
    if (variables === undefined) return undefined;
    byMeaning.push((piece.read as (parsed: object) => object)(variables));
  }
  return Object.assign({}, ...byMeaning) as ConfigOf<P>;
}
