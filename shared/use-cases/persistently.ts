import { DependencyUnavailableError } from "../errors/app-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import type { Realtime } from "../ports/realtime.js";

/** Rounds of conflicting writes a settling write outlasts: many steps of one chain can be sent at once. */
const CONFLICT_ROUNDS = 8;

/**
 * Retries after a timed-out or unavailable store, and the pause before each. A hung DynamoDB call gives up
 * after about 5 s (functions/clients/client-defaults.ts), and the sender Lambda has 30 s for its first
 * read, the claim, the SES call (at most 5 s, started within 3 s of the claim) and this: two retries fit.
 */
const OUTAGE_RETRIES = 2;
const OUTAGE_PAUSE_MS = 250;
/** No retry after an outage starts later than this after the first attempt: a hung store costs ~10 s, not 15. */
const OUTAGE_BUDGET_MS = 8_000;

/** What the write is told on each attempt. */
export interface SettleAttempt {
  /** An earlier attempt timed out or found the store unavailable: it may have landed all the same. */
  afterOutage: boolean;
}

/**
 * A write that records how a send ended (sent, failed, the claim released, the step `unknown`) must not
 * give up lightly: a lost record leaves a step `sending`, later a false `unknown`, for an email that did
 * leave or never was handed over. Conflicts (several senders and a stop on one item) are retried in rounds
 * with a short random pause so the writers spread out; a timeout or an unavailable store a bounded number
 * of times with backoff, well inside the sender's timeout. A timed-out write may have landed, so `write`
 * must be idempotent: it re-reads the item and writes nothing when it finds its change already there
 * (`afterOutage` tells it that this may be its own earlier attempt).
 */
export async function persistently<T>(
  deps: { realtime: Realtime },
  write: (attempt: SettleAttempt) => Promise<T>,
): Promise<T> {
  const startedMs = deps.realtime.nowMs();
  let outages = 0;
  for (let round = 1; ; round++) {
    try {
      return await write({ afterOutage: outages > 0 });
    } catch (err) {
      if (err instanceof VersionConflictError && round < CONFLICT_ROUNDS) {
        await deps.realtime.sleep(10 + Math.floor(Math.random() * 40 * round));
        continue;
      }
      const pause = OUTAGE_PAUSE_MS * 2 ** outages;
      const inBudget = deps.realtime.nowMs() + pause - startedMs <= OUTAGE_BUDGET_MS;
      if (!(err instanceof DependencyUnavailableError) || outages >= OUTAGE_RETRIES || !inBudget) throw err;
      outages++;
      await deps.realtime.sleep(pause);
    }
  }
}
