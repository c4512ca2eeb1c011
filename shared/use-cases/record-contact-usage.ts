import { quotaWindow } from "../domain/quota-window.js";
import type { UsageDeps } from "./reserve-usage.js";
import type { Logger } from "./use-case-deps.js";

/**
 * After an interview is stored: each of its contact addresses lists it, and the fresh ones are marked
 * counted in this distinct-contact window, so the next request (or a retry of this one) does not count them
 * again. Best effort: the interview is stored and its quota charged; a marker that could not be written
 * costs an address being counted twice (the safe direction) and, until the next write of that address, the
 * per-address follow-up cap not seeing this interview. Logged for the operator.
 */
export async function recordContactUsage(
  usage: UsageDeps,
  log: Logger,
  request: {
    owner: string;
    interviewId: string;
    emails: readonly string[];
    fresh: readonly string[];
    now: Date;
  },
): Promise<void> {
  const { owner, interviewId, emails, now } = request;
  const fresh = new Set(request.fresh);
  const window = quotaWindow("contacts_per_30_days", now).key;
  const at = now.toISOString();
  const results = await Promise.allSettled(
    emails.map((email) =>
      usage.contacts.mark(owner, email, {
        interviewId,
        at,
        ...(fresh.has(email) ? { countedIn: window } : {}),
      }),
    ),
  );
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length > 0) {
    log.warn("could not record some contact addresses", {
      interviewId,
      failed: failed.length,
      error: String((failed[0] as PromiseRejectedResult).reason),
    });
  }
}
