import type * as z from "zod/mini";
import { CONFIG_PIECES, type ConfigPieceName, type ConfigPieces } from "./config-pieces.js";
import { configSchemaOf, type PiecesOf } from "./config-schema-of.js";

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The parsed configuration of an entry that reads the pieces `P`, by meaning (each piece's `read`). */
export type ConfigOf<P extends readonly ConfigPieceName[]> = UnionToIntersection<
  ReturnType<ConfigPieces[P[number]]["read"]>
>;

/**
 * One entry's schema, composed from the pieces it reads: a function is given (and checks) exactly the
 * variables its entry in the catalogue names, and reads them by meaning.
 */
export function configSchemaFor<const P extends readonly ConfigPieceName[]>(
  pieces: P,
): z.ZodMiniType<ConfigOf<P>> {
  return configSchemaOf<P>(
    Object.fromEntries(pieces.map((name) => [name, CONFIG_PIECES[name]])) as PiecesOf<P>,
  );
}
