import * as z from "zod/mini";
import { toSchema } from "./openapi-content.js";

const NOTE =
  'In AWS, API Gateway answers a request over the API\'s rate limit itself, before any handler runs: `{"message": "Too Many Requests"}`, with no code and no Retry-After; back off and try again.';

const throttledBody = toSchema(z.object({ message: z.literal("Too Many Requests") }), "output");

/** API Gateway's 429, as every operation may answer it (also named under `components`). */
export const THROTTLED_RESPONSE = {
  description: NOTE,
  content: { "application/json": { schema: throttledBody } },
  "x-error-codes": [],
};

type Answer = { description: string; content: Record<string, { schema: unknown }> };

/**
 * An operation's answers with API Gateway's throttling: the stage's rate limit (followup:apiRateLimit)
 * holds for every route, so each may answer 429 with the gateway's own body; where the operation has a
 * 429 of its own (a quota), either body.
 */
export function withGatewayThrottle(responses: Record<string, unknown>): Record<string, unknown> {
  const own = responses["429"] as Answer | undefined;
  if (!own) return { ...responses, "429": THROTTLED_RESPONSE };
  const ownSchema = own.content["application/json"]?.schema;
  return {
    ...responses,
    "429": {
      ...own,
      description: `${own.description} ${NOTE}`,
      content: { "application/json": { schema: { anyOf: [ownSchema, throttledBody] } } },
    },
  };
}
