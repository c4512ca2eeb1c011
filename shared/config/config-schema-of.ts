import * as z from "zod/mini";
import type { ConfigPieceName, ConfigPieces } from "./config-pieces.js";
import type { ConfigOf } from "./config-schema-for.js";

/** The pieces `P` names, by name: what an entry hands `configSchemaOf` (and nothing else). */
export type PiecesOf<P extends readonly ConfigPieceName[]> = { readonly [K in P[number]]: ConfigPieces[K] };

/**
 * An entry's schema from the pieces themselves, in their order: the variables of every piece, checked
 * together, then read by meaning (each piece's `read`). configSchemaFor looks the pieces up by name; a
 * Lambda that hands them here bundles no other piece.
 */
export function configSchemaOf<const P extends readonly ConfigPieceName[]>(
  pieces: PiecesOf<P>,
): z.ZodMiniType<ConfigOf<P>> {
  const all = Object.entries(pieces) as [ConfigPieceName, ConfigPieces[ConfigPieceName]][];
  const shape: z.core.$ZodShape = {};
  for (const [, piece] of all) Object.assign(shape, piece.shape);
  const schema = z.object(shape);
  // A piece's rule over its variables (the reply token's: one of two is set) comes with the piece, so an
  // entry without that piece bundles none of it.
  const checks = all.flatMap(([, piece]) => ("check" in piece && piece.check ? [piece.check()] : []));
  const checked =
    checks.length > 0 ? schema.check(...(checks as z.core.$ZodCheck<Record<string, unknown>>[])) : schema;
  const byMeaning = z.transform((parsed: Record<string, unknown>) =>
    Object.assign(
      {},
      ...all.map(([, piece]) => (piece.read as (p: Record<string, unknown>) => object)(parsed)),
    ),
  );
  return z.pipe(checked, byMeaning) as unknown as z.ZodMiniType<ConfigOf<P>>;
}
