import { sleep } from "./pool.js";
import type { ApiAnswer, ReliabilityStack } from "./reliability-stack.js";

/** How many answers a patient client waited out, by kind. */
export interface Patience {
  /** 503 with Retry-After: a dependency (the local store, on a loaded machine) slower than its timeout. */
  unavailable: number;
  /** 409 idempotency_in_progress: a retry whose first attempt had not settled yet. */
  inProgress: number;
}

/** The documented answer to a slow or absent dependency: `503 service_unavailable` with `Retry-After`. */
export function isUnavailable(answer: ApiAnswer): boolean {
  return (
    answer.status === 503 &&
    answer.json?.error?.code === "service_unavailable" &&
    Number(answer.headers.get("retry-after")) > 0
  );
}

/**
 * Requests as a client that honours `Retry-After` makes them: a `503` is the documented answer when a
 * dependency does not answer within the clients' timeouts, and a `409 idempotency_in_progress` the answer
 * to a retry whose first attempt has not settled yet; neither is a broken promise. Each is counted in
 * `patience` and tried again after the time named (up to 8 tries); any other 5xx (or a 503 without
 * Retry-After, or one that 8 tries did not get past) is returned for the caller to count as a failure.
 */
export function patientApi(r: ReliabilityStack, patience: Patience) {
  return async (
    method: string,
    path: string,
    options: Parameters<ReliabilityStack["api"]>[2],
  ): Promise<ApiAnswer> => {
    for (let tries = 1; ; tries++) {
      const res = await r.api(method, path, options);
      const retryAfter = Number(res.headers.get("retry-after"));
      const inProgress = res.status === 409 && res.json?.error?.code === "idempotency_in_progress";
      if (!(isUnavailable(res) || (inProgress && retryAfter > 0)) || tries >= 8) return res;
      if (inProgress) patience.inProgress++;
      else patience.unavailable++;
      await sleep(Math.min(retryAfter, 30) * 1000);
    }
  };
}
