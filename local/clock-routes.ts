import { z } from "zod";
import { MalformedJsonError, NotFoundError, ValidationError } from "../shared/errors/app-error.js";
import { errorAnswer } from "./error-answer.js";
import { isoDurationMs } from "./iso-duration-ms.js";
import type { LocalRoute } from "./local-gateway.js";

const advanceSchema = z.union([
  z.strictObject({ advance: z.string().min(2).max(40) }),
  z.strictObject({ to: z.iso.datetime({ offset: true }) }),
]);

const MAX_ADVANCE_MS = 3 * 366 * 86_400_000;

/** The body's JSON, or undefined when it is not JSON (an empty body reads as null). */
function jsonOf(body: Buffer): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body.toString("utf8") || "null") };
  } catch {
    return undefined;
  }
}

/**
 * `GET /_local/clock` tells the stack's time; `POST /_local/clock` with `{"advance":"P7D"}` (ISO 8601
 * duration) or `{"to": "<ISO date-time>"}` moves it forward, firing every schedule that falls due on the
 * way, in order, and answers once their targets have run. Local stack only. Errors are answered as the
 * service answers them (errorAnswer).
 */
export function clockRoutes(clock: { now(): Date }, advanceTo: (until: Date) => Promise<number>): LocalRoute {
  return async (req, url, body) => {
    if (url.pathname !== "/_local/clock") return undefined;
    if (req.method === "GET") return { status: 200, body: { now: clock.now().toISOString() } };
    if (req.method !== "POST") return errorAnswer(new NotFoundError(`Route ${req.method} ${url.pathname}`));
    const json = jsonOf(body);
    if (!json)
      return errorAnswer(new MalformedJsonError('expected {"advance": "P7D"} or {"to": "<ISO date-time>"}'));
    const parsed = advanceSchema.safeParse(json.value);
    if (!parsed.success) {
      return errorAnswer(
        new ValidationError(
          [clockBodyIssue(json.value)],
          'Send {"advance": "P7D"} (an ISO 8601 duration) or {"to": "<ISO date-time>"}.',
        ),
      );
    }
    const now = clock.now();
    let until: Date;
    if ("advance" in parsed.data) {
      const ms = isoDurationMs(parsed.data.advance);
      if (!(ms > 0) || ms > MAX_ADVANCE_MS) {
        return errorAnswer(
          new ValidationError([
            {
              field: "advance",
              problem: "must be a positive ISO 8601 duration of at most 3 years, e.g. PT2H or P7D",
            },
          ]),
        );
      }
      until = new Date(now.getTime() + ms);
    } else {
      until = new Date(parsed.data.to);
      if (until.getTime() < now.getTime()) {
        return errorAnswer(
          new ValidationError([
            { field: "to", problem: "must not be before the clock: it only moves forward" },
          ]),
        );
      }
    }
    const fired = await advanceTo(until);
    return { status: 200, body: { now: clock.now().toISOString(), fired } };
  };
}

/** What is wrong with a clock move's body, naming the field when the body names one. */
function clockBodyIssue(value: unknown): { field: string; problem: string } {
  const body = typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
  const keys = body ? Object.keys(body) : [];
  if (keys.length === 1 && keys[0] === "to")
    return {
      field: "to",
      problem: "must be an ISO 8601 date-time with an offset, e.g. 2027-01-04T10:00:00Z",
    };
  if (keys.length === 1 && keys[0] === "advance")
    return { field: "advance", problem: "must be an ISO 8601 duration, e.g. PT2H or P7D" };
  const unknown = keys.filter((k) => k !== "advance" && k !== "to");
  if (unknown.length > 0) return { field: unknown[0] ?? "", problem: "is not a known field" };
  return {
    field: "",
    problem: 'must be {"advance": "<ISO 8601 duration>"} or {"to": "<ISO date-time>"}, one of them',
  };
}
