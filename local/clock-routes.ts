import { Duration } from "luxon";
import { z } from "zod";
import type { LocalRoute } from "./local-gateway.js";

const advanceSchema = z.union([
  z.strictObject({ advance: z.string().min(2).max(40) }),
  z.strictObject({ to: z.iso.datetime({ offset: true }) }),
]);

const MAX_ADVANCE_MS = 3 * 366 * 86_400_000;

/**
 * `GET /_local/clock` tells the stack's time; `POST /_local/clock` with `{"advance":"P7D"}` (ISO 8601
 * duration) or `{"to": "<ISO date-time>"}` moves it forward, firing every schedule that falls due on the
 * way, in order, and answers once their targets have run. Local stack only.
 */
export function clockRoutes(clock: { now(): Date }, advanceTo: (until: Date) => Promise<number>): LocalRoute {
  return async (req, url, body) => {
    if (url.pathname !== "/_local/clock") return undefined;
    if (req.method === "GET") return { status: 200, body: { now: clock.now().toISOString() } };
    if (req.method !== "POST")
      return { status: 405, body: { error: { code: "method_not_allowed", message: "Use GET or POST." } } };
    let parsed: z.infer<typeof advanceSchema>;
    try {
      parsed = advanceSchema.parse(JSON.parse(body.toString("utf8") || "null"));
    } catch {
      return {
        status: 400,
        body: {
          error: {
            code: "validation_failed",
            message: 'Send {"advance": "P7D"} (an ISO 8601 duration) or {"to": "<ISO date-time>"}.',
          },
        },
      };
    }
    const now = clock.now();
    let until: Date;
    if ("advance" in parsed) {
      const duration = Duration.fromISO(parsed.advance);
      const ms = duration.isValid ? duration.toMillis() : Number.NaN;
      if (!(ms > 0) || ms > MAX_ADVANCE_MS) {
        return {
          status: 400,
          body: {
            error: {
              code: "validation_failed",
              message: "advance must be a positive ISO 8601 duration of at most 3 years, e.g. PT2H or P7D.",
            },
          },
        };
      }
      until = new Date(now.getTime() + ms);
    } else {
      until = new Date(parsed.to);
      if (until.getTime() < now.getTime()) {
        return {
          status: 400,
          body: { error: { code: "validation_failed", message: "The clock only moves forward." } },
        };
      }
    }
    const fired = await advanceTo(until);
    return { status: 200, body: { now: clock.now().toISOString(), fired } };
  };
}
