/** Where the attempt that holds an Idempotency-Key is: running, answered for good, or over without an answer. */
export type IdempotencyState = "in_progress" | "completed" | "failed";

/** A final answer, kept to be returned again, byte for byte, to a retry with the same key. */
export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
}

/**
 * One Idempotency-Key of one owner (IETF draft "The Idempotency-Key HTTP Header Field"; Stripe). Written
 * BEFORE the request runs, with the id of whatever the request creates already reserved, so that a retry
 * of a request whose write landed after its answer was lost finds that write instead of making another.
 */
export interface IdempotencyRecord {
  owner: string;
  key: string;
  /** Digest of the request (method, path, body) the key was first used with. */
  fingerprint: string;
  /** The id the request's creation gets, whichever attempt lands it; none for a route that creates nothing. */
  reservedId?: string;
  state: IdempotencyState;
  /** ISO time the current attempt started: an attempt running far longer than any function can is dead. */
  startedAt: string;
  /** ISO time after which the key is forgotten and may be used afresh. */
  expiresAt: string;
  /** Only when `completed`. */
  response?: StoredResponse;
}

export interface IdempotencyStore {
  /**
   * Writes `record` (state `in_progress`) unless a record for its owner and key exists that has not expired
   * at `record.startedAt`; then writes nothing and answers that record. An expired record counts as absent.
   */
  reserve(record: IdempotencyRecord): Promise<IdempotencyRecord | undefined>;
  /**
   * Starts a new attempt on a `failed` or stale record, keeping its reserved id: true only if the stored
   * record was still the one read (same state and `startedAt`), so two retries cannot both take it over.
   */
  restart(record: IdempotencyRecord, startedAt: string): Promise<boolean>;
  /** Keeps the final answer of the attempt that started at `attempt.startedAt`; false if it lost the record. */
  complete(attempt: IdempotencyRecord, response: StoredResponse): Promise<boolean>;
  /** The attempt ended without a final answer: the next retry runs again, with the same reserved id. */
  release(attempt: IdempotencyRecord): Promise<boolean>;
}
