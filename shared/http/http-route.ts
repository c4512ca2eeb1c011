import middy from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type * as z from "zod/mini";
import { consoleLogger } from "../adapters/console-logger.js";
import { isServableOwner } from "../domain/is-servable-owner.js";
import { UnauthorizedError, ValidationError } from "../errors/app-error.js";
import { jsonBodyParser } from "./json-body-parser.js";
import { jsonErrorHandler } from "./json-error-handler.js";
import { validateInput } from "./validate-input.js";
import type { IdempotencyGuard } from "./with-idempotency.js";

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer & { jsonBody?: unknown };
export type HttpResult = APIGatewayProxyStructuredResultV2;

export interface RouteSpec<B extends z.core.$ZodType | undefined, Q extends z.core.$ZodType | undefined> {
  /** Require the JWT authorizer's `sub` claim (the owner of everything the request touches). */
  auth: boolean;
  /**
   * The JSON body, validated. A route without one parses no body, whatever its type or size (up to the
   * gateway's limit): a client's stray body on a GET or DELETE is not refused with a 4xx its operation
   * does not document, and a route that reads its body itself (a form POST, like RFC 8058's
   * `List-Unsubscribe=One-Click` or a manage page's button) is not refused with 415.
   */
  body?: B;
  /**
   * What `body` would answer for a plain, valid body, read without zod, or undefined when it cannot say
   * (then `body` parses it and words its problems): shared/api/fast-interview-input.ts says why and holds it.
   */
  fastBody?: (given: unknown) => Parsed<B> | undefined;
  /** The body may be left out: it then reads as `{}` (every field of `body` optional). */
  optionalBody?: boolean;
  query?: Q;
  maxBodyBytes?: number;
  /**
   * Honour an `Idempotency-Key` header (see with-idempotency.ts): set on the routes API_ROUTES marks
   * `idempotencyKey` (idempotencyGuard, given by the route so that others bundle none of it). Keys belong
   * to the caller, so only with `auth`.
   */
  idempotency?: IdempotencyGuard | undefined;
}

type Parsed<S> = S extends z.core.$ZodType ? z.output<S> : undefined;

export interface RouteRequest<B, Q> {
  owner: string;
  body: B;
  query: Q;
  params: Record<string, string>;
  event: HttpEvent;
  /**
   * With an Idempotency-Key: the id whatever this request creates must get, the same on every retry of
   * it, so a creation that landed after its answer was lost is found rather than made twice.
   */
  reservedId: string | undefined;
}

/**
 * A Lambda handler for one API route, built with middy: JSON body parsing, auth, zod validation of body
 * and query, JSON errors and, where the route takes one, the Idempotency-Key. The route function only
 * calls its use case and shapes the answer.
 */
export function httpRoute<
  B extends z.core.$ZodType | undefined = undefined,
  Q extends z.core.$ZodType | undefined = undefined,
>(spec: RouteSpec<B, Q>, run: (request: RouteRequest<Parsed<B>, Parsed<Q>>) => Promise<HttpResult>) {
  if (spec.idempotency && !spec.auth)
    throw new Error("Idempotency keys belong to a caller: the route needs auth");
  const log = consoleLogger();
  const route = middy<HttpEvent, HttpResult>().use(jsonErrorHandler(log));
  if (spec.body) route.use(jsonBodyParser(spec.maxBodyBytes));
  return route.handler(async (event, context) => {
    const sub = event.requestContext?.authorizer?.jwt?.claims?.sub;
    const owner = typeof sub === "string" ? sub : "";
    if (spec.auth && !owner) throw new UnauthorizedError();
    // A subject no key can hold would fail at DynamoDB as a 500: refuse the token instead.
    if (spec.auth && !isServableOwner(owner)) {
      throw new UnauthorizedError("The bearer token's subject is too long or malformed to own interviews.");
    }
    // A caller's route that takes no query refuses one rather than ignoring it: `?days=3` on snooze moved the
    // steps the default 7 days, and `?dryRun=true` on DELETE erased. Refused before an Idempotency-Key is
    // kept, since the key's fingerprint does not cover the query.
    if (spec.auth && !spec.query) {
      const unknown = Object.keys(event.queryStringParameters ?? {});
      if (unknown.length > 0)
        throw new ValidationError(unknown.map((field) => ({ field, problem: "is not a known field" })));
    }
    const serve = async (reservedId: string | undefined) => {
      // `in`, not `??`: a JSON null is a body (refused for not being an object), not a body left out.
      const given = "jsonBody" in event ? event.jsonBody : spec.optionalBody ? {} : undefined;
      if (spec.body && given === undefined) {
        throw new ValidationError([{ field: "", problem: "a JSON body is required" }]);
      }
      const body = spec.body ? (spec.fastBody?.(given) ?? validateInput(spec.body, given)) : undefined;
      const query = spec.query ? validateInput(spec.query, event.queryStringParameters ?? {}) : undefined;
      const params = Object.fromEntries(
        Object.entries(event.pathParameters ?? {}).filter(
          (e): e is [string, string] => typeof e[1] === "string",
        ),
      );
      return run({ owner, body: body as Parsed<B>, query: query as Parsed<Q>, params, event, reservedId });
    };
    return spec.idempotency ? spec.idempotency({ owner, event, context }, serve) : serve(undefined);
  });
}
