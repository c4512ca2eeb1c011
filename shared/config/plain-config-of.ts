import type { ConfigPieceName, ConfigPieces } from "./config-pieces.js";
import type { ConfigOf } from "./config-schema-for.js";
import type { PiecesOf } from "./config-schema-of.js";

type Env = Record<string, string | undefined>;
type VariablesOf<K extends ConfigPieceName> = Parameters<ConfigPieces[K]["read"]>[0];

/**
 * A piece's variables as its schema gives them, read without zod when each is plainly valid; undefined for
 * anything else, which the schema then parses and words. It may decline what is valid; it never answers what
 * the schema would not (test/unit/shared/config/plain-config-of.test.ts holds each to its piece's schema).
 */
export type PlainReader<K extends ConfigPieceName> = (env: Env) => VariablesOf<K> | undefined;

/**
 * An entry's configuration read without zod: when every piece it hands over has a plain reader and each
 * answers, what `parseConfig(configSchemaOf(pieces), env)` gives, by meaning and in the pieces' order;
 * otherwise undefined, and the schema parses it (and names what is wrong). The first schema a process builds
 * and parses compiles zod's constructors and parsers: preview-plan, whose body has its own fast path
 * (shared/api/fast-interview-input.ts), answers its first request without building any (docs/benchmarks.md,
 * session 27).
 */
export function plainConfigOf<const P extends readonly ConfigPieceName[]>(
  pieces: PiecesOf<P>,
  readers: { [K in P[number]]: PlainReader<K> },
  env: Env,
): ConfigOf<P> | undefined {
  const byMeaning: object[] = [];
  for (const [name, piece] of Object.entries(pieces) as Array<[P[number], ConfigPieces[P[number]]]>) {
    const variables = (readers[name] as PlainReader<P[number]> | undefined)?.(env);
    if (variables === undefined) return undefined;
    byMeaning.push((piece.read as (parsed: object) => object)(variables));
  }
  return Object.assign({}, ...byMeaning) as ConfigOf<P>;
}
