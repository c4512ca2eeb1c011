import type { IdempotencyRecord, StoredResponse } from "../ports/idempotency-store.js";

/**
 * No function behind API Gateway runs longer than its 29 s integration limit (ours stop at 10 s): an
 * attempt started longer ago than this is dead, and whatever it wrote has landed or never will.
 */
export const STALE_ATTEMPT_MS = 30_000;

/**
 * How soon to ask again while the first request runs: most answer within a second or two, and asking again
 * then gets the answer (or another 409 with a fresh wait); the time until the attempt counts as dead (up to
 * 30 s) kept a client waiting long after its answer was ready.
 */
export const IN_PROGRESS_RETRY_SECONDS = 2;

export type IdempotentRetry =
  /** The first request was answered for good: answer the same. */
  | { action: "replay"; response: StoredResponse }
  /** The key came with another request. */
  | { action: "reject" }
  /** The first request is still running. */
  | { action: "wait"; retryAfterSeconds: number }
  /** The first attempt failed or died: run again, with the reserved id it had. */
  | { action: "restart" };

/** What a request does with the record it found under its Idempotency-Key. Pure. */
export function decideIdempotentRetry(
  found: IdempotencyRecord,
  request: { fingerprint: string; now: Date; staleAfterMs?: number },
): IdempotentRetry {
  if (found.fingerprint !== request.fingerprint) return { action: "reject" };
  if (found.state === "completed" && found.response) return { action: "replay", response: found.response };
  if (found.state === "failed") return { action: "restart" };
  const staleAt = Date.parse(found.startedAt) + (request.staleAfterMs ?? STALE_ATTEMPT_MS);
  const left = staleAt - request.now.getTime();
  // A completed record without its answer cannot be replayed: treat it like a dead attempt.
  if (left <= 0 || found.state === "completed") return { action: "restart" };
  return { action: "wait", retryAfterSeconds: Math.min(Math.ceil(left / 1000), IN_PROGRESS_RETRY_SECONDS) };
}
