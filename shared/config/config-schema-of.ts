import * as z from "zod/mini";
import type { ConfigPieceName, ConfigPieces } from "./config-pieces.js";
import type { ConfigOf } from "./config-schema-for.js";
import { hasReplyTokenSecret } from "./has-reply-token-secret.js";

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
  const checked = all.some(([name]) => name === "replyToken")
    ? schema.check(
        z.refine(hasReplyTokenSecret, {
          message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
          path: ["REPLY_TOKEN_SECRET"],
        }),
      )
    : schema;
  const byMeaning = z.transform((parsed: Record<string, unknown>) =>
    Object.assign(
      {},
      ...all.map(([, piece]) => (piece.read as (p: Record<string, unknown>) => object)(parsed)),
    ),
  );
  return z.pipe(checked, byMeaning) as unknown as z.ZodMiniType<ConfigOf<P>>;
}
