import * as z from "zod/mini";
import { CONFIG_PIECES, type ConfigPieceName, type ConfigPieces } from "./config-pieces.js";
import { hasReplyTokenSecret } from "./reply-token-config.js";

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The variables of the named pieces, merged into one shape. */
type ShapeOf<P extends readonly ConfigPieceName[]> = UnionToIntersection<ConfigPieces[P[number]]["shape"]>;

/** The parsed configuration of an entry that reads the pieces `P`. */
export type ConfigOf<P extends readonly ConfigPieceName[]> =
  ShapeOf<P> extends z.core.$ZodShape ? z.infer<z.ZodMiniObject<ShapeOf<P>>> : never;

/**
 * One entry's schema, composed from the pieces it reads: a function is given (and checks) exactly the
 * variables its entry in the catalogue names.
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
  return checked as unknown as z.ZodMiniType<ConfigOf<P>>;
}
