import type { Context } from "aws-lambda";
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from "../errors/idempotency-errors.js";
import type { Clock } from "../ports/clock.js";
import type { IdempotencyRecord, IdempotencyStore, StoredResponse } from "../ports/idempotency-store.js";
import type { Logger } from "../ports/logger.js";
import { decideIdempotentRetry, STALE_ATTEMPT_MS } from "./decide-idempotent-retry.js";
import { errorToResponse } from "./error-to-response.js";
import type { HttpEvent, HttpResult } from "./http-route.js";
import { idempotencyKeyOf } from "./idempotency-key.js";
import { requestFingerprint } from "./request-fingerprint.js";

/** Keys are kept a day: long enough for any client's retries, short enough to keep the table small. */
export const IDEMPOTENCY_KEEP_MS = 24 * 60 * 60 * 1000;

/** A replayed answer says so, as Stripe's does. */
export const REPLAYED_HEADER = "idempotent-replayed";

/**
 * Releasing a failed attempt is one more table write; below this much time left in the function (a hung
 * table already cost us the request's budget) it is skipped, so the caller still gets its 503 before the
 * function is killed. The record then goes stale and a later retry runs again.
 */
export const RELEASE_BUDGET_MS = 6_000;

export interface IdempotencyOptions {
  store: IdempotencyStore;
  clock: Clock;
  log: Logger;
  keepForMs?: number;
  staleAfterMs?: number;
  /**
   * The id a creation gets, reserved with the key (shared/domain/reserve-id.ts's reserveId): passed by a
   * route that creates something, so that every attempt of one request creates the same thing. A route
   * that creates nothing reserves none, and bundles no id generator.
   */
  reserveId?: (ms: number) => string;
}

export interface IdempotentRequest {
  owner: string;
  event: HttpEvent;
  context?: Partial<Pick<Context, "getRemainingTimeInMillis">>;
}

/**
 * Statuses that are the request's final answer and are kept for retries: successes and the client's own
 * mistakes. A conflict (409: the item changed meanwhile), a failed If-Match (412: the client's copy is
 * stale; kept, it would answer a client that reloaded and resent the key with its new tag) or a quota (429)
 * depends on the moment, not on the request, and a 5xx says nothing happened for sure: those attempts are
 * released and a retry runs again.
 */
export function isFinalStatus(status: number): boolean {
  return (
    (status >= 200 && status < 300) ||
    (status >= 400 && status < 500 && status !== 409 && status !== 412 && status !== 429)
  );
}

function toStored(result: HttpResult): StoredResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  return {
    statusCode: result.statusCode ?? 200,
    headers,
    ...(result.body === undefined ? {} : { body: result.body }),
  };
}

function replayed(response: StoredResponse): HttpResult {
  return {
    statusCode: response.statusCode,
    headers: { ...response.headers, [REPLAYED_HEADER]: "true" },
    ...(response.body === undefined ? {} : { body: response.body }),
  };
}

/**
 * Runs a non-idempotent write at most once per Idempotency-Key (per owner), the way Stripe and the IETF
 * draft do: the first request reserves the key (and an id for what it creates) before running; a retry
 * with the same request gets the first final answer again, with another request 422, while the first is
 * still running 409 with Retry-After. An attempt that failed (5xx) or died runs again on retry with the
 * same reserved id, so a creation that landed after its answer was lost is found, not made twice.
 * Without the header the request just runs.
 */
/** How httpRoute runs a request of a route that honours Idempotency-Key (see idempotencyGuard). */
export interface IdempotencyGuard {
  (
    request: IdempotentRequest,
    run: (reservedId: string | undefined) => Promise<HttpResult>,
  ): Promise<HttpResult>;
  /** Where the keys are kept. */
  readonly store: IdempotencyStore;
}

/**
 * The Idempotency-Key handling a route hands httpRoute: only routes that take keys import this module, so
 * the others bundle none of it (its key store, fingerprinting; the id generator comes with the one route
 * that creates, as IdempotencyOptions.reserveId). `options` are built on first use (the first request, or a
 * read of `store`), as a route's other ports are: the key store's DynamoDB client is then not a cold
 * start's work, which the SDK alone does on its first call.
 */
export function idempotencyGuard(options: () => IdempotencyOptions): IdempotencyGuard {
  let built: IdempotencyOptions | undefined;
  const optionsNow = () => {
    built ??= options();
    return built;
  };
  const guard = (request: IdempotentRequest, run: (reservedId: string | undefined) => Promise<HttpResult>) =>
    withIdempotency(optionsNow(), request, run);
  return Object.defineProperty(guard, "store", { get: () => optionsNow().store }) as IdempotencyGuard;
}

export async function withIdempotency(
  options: IdempotencyOptions,
  request: IdempotentRequest,
  run: (reservedId: string | undefined) => Promise<HttpResult>,
): Promise<HttpResult> {
  const key = idempotencyKeyOf(request.event);
  if (key === undefined) return run(undefined);
  const { store, clock, log } = options;
  const now = clock.now();
  const fingerprint = requestFingerprint(request.event);
  const fresh: IdempotencyRecord = {
    owner: request.owner,
    key,
    fingerprint,
    ...(options.reserveId ? { reservedId: options.reserveId(now.getTime()) } : {}),
    state: "in_progress",
    startedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (options.keepForMs ?? IDEMPOTENCY_KEEP_MS)).toISOString(),
  };
  const found = await store.reserve(fresh);
  let attempt = fresh;
  if (found) {
    const decision = decideIdempotentRetry(found, {
      fingerprint,
      now,
      staleAfterMs: options.staleAfterMs ?? STALE_ATTEMPT_MS,
    });
    if (decision.action === "replay") return replayed(decision.response);
    if (decision.action === "reject") throw new IdempotencyKeyReusedError();
    if (decision.action === "wait") throw new IdempotencyInProgressError(decision.retryAfterSeconds);
    attempt = { ...found, state: "in_progress", startedAt: now.toISOString() };
    delete attempt.response;
    // Another retry took it over first: it is the one running now.
    if (!(await store.restart(found, attempt.startedAt))) throw new IdempotencyInProgressError(1);
  }

  const settle = async (final: HttpResult | undefined): Promise<void> => {
    try {
      if (final) {
        if (!(await store.complete(attempt, toStored(final))))
          log.warn("idempotency key taken over", { key });
        return;
      }
      const left = request.context?.getRemainingTimeInMillis?.();
      if (left !== undefined && left < RELEASE_BUDGET_MS) {
        log.warn("no time left to release the idempotency key; it goes stale instead", { key, left });
        return;
      }
      await store.release(attempt);
    } catch (err) {
      // The answer stands; the record stays in progress, goes stale, and a later retry runs again.
      log.warn("could not settle the idempotency key", { key, error: String(err) });
    }
  };

  let result: HttpResult;
  try {
    result = await run(attempt.reservedId);
  } catch (err) {
    const answer = errorToResponse(err);
    if (!isFinalStatus(answer.statusCode ?? 500)) {
      await settle(undefined);
      throw err;
    }
    result = answer;
  }
  await settle(isFinalStatus(result.statusCode ?? 200) ? result : undefined);
  return result;
}
