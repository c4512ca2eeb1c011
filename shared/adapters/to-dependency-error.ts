import { DependencyUnavailableError } from "../errors/app-error.js";

const TRANSIENT_NAMES = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
  "InternalServerException",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
]);

/** True when an AWS call failed because the service (or the emulator) is down, slow or throttling. */
export function isDependencyOutage(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const e = err as Error & { code?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (TRANSIENT_NAMES.has(e.name)) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  // Errors without an HTTP answer at all (connection refused, socket hang-up) carry no status.
  if (status === undefined && e.$metadata !== undefined) return true;
  return e.cause !== undefined && isDependencyOutage(e.cause);
}

/** Rethrows an outage as a 503-mapped error naming the dependency; anything else unchanged. */
export function toDependencyError(dependency: string, err: unknown): unknown {
  return isDependencyOutage(err) ? new DependencyUnavailableError(dependency, err) : err;
}
