import type { ConfigPieceName } from "./config-pieces.js";
import type { ConfigOf } from "./config-schema-for.js";
import type { PiecesOf } from "./config-schema-of.js";

/**
 * An entry's configuration read without zod: when every piece it hands over has a plain reader and each
 * answers, what `parseConfig(configSchemaOf(pieces), env)` would give, by meaning and in the pieces' order;
 * otherwise undefined, and the schema parses it (and names what is wrong). The first schema a process builds
 * and parses compiles zod's constructors and parsers: preview-plan, whose body has its own fast path
 * (shared/api/fast-interview-input.ts), answers its first request without building any (docs/benchmarks.md,
 * session 27). A piece with a rule over several variables (`check`) has no plain reader.
 */
export function plainConfigOf<const P extends readonly ConfigPieceName[]>(
  pieces: PiecesOf<P>,
  env: Record<string, string | undefined>,
): ConfigOf<P> | undefined {
  const byMeaning: object[] = [];
  for (const piece of Object.values(pieces) as PiecesOf<P>[keyof PiecesOf<P>][]) {
    if ("check" in piece && piece.check) return undefined;
    const plain = "plain" in piece ? piece.plain : undefined;
    const variables = plain?.(env);
    if (variables === undefined) return undefined;
    byMeaning.push((piece.read as (parsed: object) => object)(variables));
  }
  return Object.assign({}, ...byMeaning) as ConfigOf<P>;
}
