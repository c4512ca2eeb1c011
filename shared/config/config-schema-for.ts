import * as z from "zod/mini";
import { CONFIG_PIECES, type ConfigPieceName, type ConfigPieces } from "./config-pieces.js";
import { hasReplyTokenSecret } from "./reply-token-config.js";

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
  const shape: z.core.$ZodShape = {};
  for (const name of pieces) Object.assign(shape, CONFIG_PIECES[name].shape);
  const schema = z.object(shape);
  const checked = pieces.includes("replyToken" as P[number])
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
      ...pieces.map((name) => (CONFIG_PIECES[name].read as (p: Record<string, unknown>) => object)(parsed)),
    ),
  );
  return z.pipe(checked, byMeaning) as unknown as z.ZodMiniType<ConfigOf<P>>;
}
